// A certificate for a browser test, issued the way sign-off issues one: a practice attempt of
// the learner recorded through /training (so there is a sealed log head), then the server's own
// issuing service (the sign-off hook's implementation) called with what sign-off would know.
import type { TestServer } from '../../support/testServer';
import { loginAs } from '../../support/testServer';
import { recordAttempt } from '../../support/recordAttempt';
import { certificateInputFor } from '../../support/certificateInput';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';

export interface IssuedForTest {
  id: string;
  number: string;
  learnerId: string;
  learnerName: string;
  sessionId: string;
}

export async function issueTestCertificate(server: TestServer, advance: (ms: number) => void, username = 'student1'): Promise<IssuedForTest> {
  const token = await loginAs(server.url, username);
  const { sessionId } = await recordAttempt(server, token, simulateWeld({ sampleRateHz: 10, wearPpe: true, unsteadiness: 0.1 }), advance);
  const input = await certificateInputFor(server, username, sessionId, {
    exam: { id: 'exam-e2e', title: 'Thi hàn giáp mối — cuối khoá' },
    standard: { id: 'welding-bead', name: 'Hàn MIG/MAG giáp mối tư thế bằng (1G)', version: '1', criteriaNarrative: 'Đường hàn liên tục, đủ đồ bảo hộ; góc mỏ hàn, tốc độ và khoảng cách trong dung sai.' },
    final: 84,
    passed: true,
  });
  const { certificateId } = await server.server.certificates.issueCertificate(input);
  const summary = (await server.store.certificates.getCertificate(certificateId))!;
  return { id: certificateId, number: summary.number, learnerId: input.learner.id, learnerName: input.learner.name, sessionId };
}
