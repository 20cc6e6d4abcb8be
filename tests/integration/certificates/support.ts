// A server with one recorded attempt of student1 and certificates issued straight through the
// issuing service (the sign-off hook's implementation), for the certificate tests.
import { loginAs, manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { recordAttempt, welds } from '../review/support';
import type { CertificateIssueInput } from '../../../server/certificates/credential';
import { certificateInputFor } from '../../support/certificateInput';

export interface CertificateWorld {
  server: TestServer;
  token: Record<string, string>;
  userId: Record<string, string>;
  sessionId: string;
  input: CertificateIssueInput;
}

export async function certificateWorld(env: Record<string, string> = {}, options: Parameters<typeof startTestServer>[1] = {}): Promise<CertificateWorld> {
  const clock = manualClock();
  const server = await startTestServer(env, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 }, ...options });
  const names = ['student1', 'student2', 'teacher1', 'assessor1', 'admin1'];
  const token = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await loginAs(server.url, n)] as const)));
  const userId: Record<string, string> = {};
  for (const n of names) userId[n] = (await server.store.directory.findUserByUsername(n))!.id;
  const { sessionId } = await recordAttempt(server, token.student1!, welds.good(), clock.advance);
  const input = await certificateInputFor(server, 'student1', sessionId, {
    exam: { id: 'exam-1', title: 'Hàn giáp mối — kiểm tra cuối khoá' },
    standard: { id: 'welding-bead', name: 'Hàn giáp mối tư thế bằng (GMAW)', version: '1', criteriaNarrative: 'Đường hàn liên tục, đủ mang bảo hộ; góc mỏ hàn, tốc độ và khoảng cách trong dung sai.' },
    final: 82.5,
    passed: true,
  });
  return { server, token, userId, sessionId, input };
}

export const issue = async (world: CertificateWorld, overrides: Partial<CertificateIssueInput> = {}): Promise<string> =>
  (await world.server.server.certificates.issueCertificate({ ...world.input, ...overrides })).certificateId;

export const getJson = async <T>(world: CertificateWorld, path: string, token?: string): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${world.server.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: (await response.json()) as T };
};

export const postJson = async <T>(world: CertificateWorld, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${world.server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
};
