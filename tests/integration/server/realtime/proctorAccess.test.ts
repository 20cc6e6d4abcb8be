// Who may use /proctor (docs/protocol.md §6): assessors and admins at the handshake (students and
// teachers refused), only the exam's assessors or an admin of its institution at proctor:watch and
// proctor:spectate (others refused as REST refuses them), and a socket lives only as long as its
// token and sign-in, as on /training.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exam } from '../../../../scenes/protocol/exams';
import { hashPassword } from '../../../../server/auth/passwords';
import { defaultUserBudgets } from '../../../../server/realtime/userBudgets';
import { loginAs, signInAs, startTestServer, type TestServer } from '../../../support/testServer';
import { connectProctor, proctorAck, proctorHandshake, type ProctorSocket } from '../../../support/proctorClient';
import { connectTraining, emitAck, startPractice, type TrainingSocket } from '../../../support/trainingClient';
import { examApi, examRequest, refusal, signInAll, type Cast } from '../../exams/support';

describe('/proctor access', () => {
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);
  let exam: Exam;
  let examSessionId: string;
  let otherAssessorToken: string;
  const sockets: (ProctorSocket | TrainingSocket)[] = [];
  const proctor = async (token: string) => {
    const socket = await connectProctor(server.url, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    server = await startTestServer();
    cast = await signInAll(server.url);
    const passwordHash = await hashPassword('demo1234');
    await server.store.directory.importRoster({
      institutionName: 'Other college',
      classes: [],
      users: [{ username: 'assessor9', name: 'Other Assessor', role: 'assessor', passwordHash, classes: [] }],
    });
    otherAssessorToken = await loginAs(server.url, 'assessor9');
    exam = await api.create(cast.token.assessor1, examRequest(cast, Date.now(), { assessorIds: [cast.id.assessor2] }));
    const candidate = await connectTraining(server.url, cast.token.student1);
    sockets.push(candidate);
    const started = await emitAck(candidate, 'session:start', { sceneId: 'welding-bead', mode: 'exam', examId: exam.id });
    examSessionId = started.sessionId as string;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  it('admits assessors and admins at the handshake; refuses students and teachers (forbidden) and bad tokens (unauthorized)', async () => {
    expect(await proctorHandshake(server.url, cast.token.assessor1)).toBe('admitted');
    expect(await proctorHandshake(server.url, cast.token.admin1)).toBe('admitted');
    expect(await proctorHandshake(server.url, cast.token.student1)).toBe('forbidden');
    expect(await proctorHandshake(server.url, cast.token.teacher1)).toBe('forbidden');
    expect(await proctorHandshake(server.url, undefined)).toBe('unauthorized');
    expect(await proctorHandshake(server.url, 'not-a-token')).toBe('unauthorized');
  });

  it("lets the exam's assessors and its institution's admin watch; refuses others as GET /api/exams/:id does", async () => {
    for (const who of ['assessor1', 'assessor2', 'admin1'] as const) {
      expect([who, (await proctorAck(await proctor(cast.token[who]), 'proctor:watch', { examId: exam.id })).ok]).toEqual([who, true]);
    }
    const outsider = await proctor(cast.token.assessor3);
    expect(await proctorAck(outsider, 'proctor:watch', { examId: exam.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await refusal(await api.call('GET', `/api/exams/${exam.id}`, cast.token.assessor3))).toBe('404 not_found');
    const foreign = await proctor(otherAssessorToken);
    expect(await proctorAck(foreign, 'proctor:watch', { examId: exam.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await proctorAck(outsider, 'proctor:watch', { examId: 'no-such-exam' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await proctorAck(outsider, 'proctor:watch', { examId: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await proctorAck(outsider, 'proctor:watch', { examId: exam.id, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('lets only those who may watch the exam spectate an attempt of it; a practice attempt is no exam attempt', async () => {
    expect(await proctorAck(await proctor(cast.token.assessor2), 'proctor:spectate', { sessionId: examSessionId })).toEqual({ ok: true, events: [] });
    expect(await proctorAck(await proctor(cast.token.admin1), 'proctor:spectate', { sessionId: examSessionId })).toEqual({ ok: true, events: [] });
    const outsider = await proctor(cast.token.assessor3);
    expect(await proctorAck(outsider, 'proctor:spectate', { sessionId: examSessionId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await proctorAck(await proctor(otherAssessorToken), 'proctor:spectate', { sessionId: examSessionId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await proctorAck(outsider, 'proctor:spectate', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const learner = await connectTraining(server.url, cast.token.student2);
    sockets.push(learner);
    const practice = await startPractice(learner);
    expect(await proctorAck(await proctor(cast.token.assessor1), 'proctor:spectate', { sessionId: practice })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await proctorAck(outsider, 'proctor:unspectate', { sessionId: examSessionId })).toEqual({ ok: true });
  });

  it('disconnects a proctor socket when its sign-in ends, and refuses the token after', async () => {
    const signedIn = await signInAs(server.url, 'assessor1');
    const socket = await proctor(signedIn.token);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    const response = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${signedIn.token}` } });
    expect(response.status).toBe(204);
    await gone;
    expect(await proctorHandshake(server.url, signedIn.token)).toBe('unauthorized');
  });

  it(`admits ${defaultUserBudgets.socketsPerUser} /proctor sockets per user and refuses the rest with rate_limited, apart from their /training budget`, async () => {
    const { socketsPerUser } = defaultUserBudgets;
    // An assessor with no socket open yet.
    await server.store.directory.importRoster({ institutionName: 'Third college', classes: [], users: [{ username: 'assessor8', name: 'Fresh Assessor', role: 'assessor', passwordHash: await hashPassword('demo1234'), classes: [] }] });
    const token = await loginAs(server.url, 'assessor8');
    const answers = await Promise.all(Array.from({ length: socketsPerUser + 5 }, () => connectProctor(server.url, token).then((socket) => (sockets.push(socket), socket), (error: Error) => error.message)));
    const admitted = answers.filter((answer): answer is ProctorSocket => typeof answer !== 'string');
    expect(admitted).toHaveLength(socketsPerUser);
    expect(answers.filter((answer) => answer === 'rate_limited')).toHaveLength(5);
    // A closed one frees its slot.
    admitted[0]!.close();
    await expect.poll(() => proctorHandshake(server.url, token), { timeout: 5_000 }).toBe('admitted');
    for (const socket of admitted) socket.close();
  });
});

describe('/proctor token expiry', () => {
  let server: TestServer;
  const sockets: ProctorSocket[] = [];
  beforeAll(async () => {
    // 3-second access tokens (rounded up to the next whole second by the JWT's exp).
    server = await startTestServer({ VOCAXR_ACCESS_TOKEN_MINUTES: '0.05' });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server.dispose();
  });

  it('tells the socket auth:expired and disconnects it when its token expires', async () => {
    const signedIn = await signInAs(server.url, 'assessor1');
    const socket = await connectProctor(server.url, signedIn.token);
    sockets.push(socket);
    const expired = new Promise<number>((resolve) => socket.once('auth:expired', () => resolve(Date.now())));
    const gone = new Promise<number>((resolve) => socket.once('disconnect', () => resolve(Date.now())));
    const [expiredAt, goneAt] = await Promise.all([expired, gone]);
    expect(expiredAt).toBeGreaterThanOrEqual(Date.parse(signedIn.expiresAt) - 50);
    expect(goneAt).toBeGreaterThanOrEqual(expiredAt);
  });

  it('keeps a socket renewed with auth:renew past the first token', async () => {
    const signedIn = await signInAs(server.url, 'assessor2');
    const socket = await connectProctor(server.url, signedIn.token);
    sockets.push(socket);
    let expiredEvents = 0;
    socket.on('auth:expired', () => void (expiredEvents += 1));
    // A second on, so the refreshed token's exp (whole seconds) lies past the first one's.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await fetch(`${server.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: signedIn.refreshToken }),
    });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as { token: string; expiresAt: string };
    expect(await proctorAck(socket, 'auth:renew', { token: refreshed.token })).toEqual({ ok: true, expiresAt: refreshed.expiresAt });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(signedIn.expiresAt) + 300 - Date.now())));
    expect(expiredEvents).toBe(0);
    expect(socket.connected).toBe(true);
    // Another user's token does not take the socket over.
    expect(await proctorAck(socket, 'auth:renew', { token: (await signInAs(server.url, 'assessor1')).token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
