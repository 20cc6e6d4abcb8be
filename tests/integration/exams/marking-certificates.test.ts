// The sign-off hook (server/exams/certificateIssuer.ts): a passed sign-off hands the locked result
// with its evidence to the CertificateIssuer and answers its certificateId; a fail issues nothing;
// an issuer that fails leaves the sign-off standing and a second sign-off retries it. Also the
// batch helper of tests/support/signOff.ts that the sign-off benchmark uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExamResultRow } from '../../../scenes/protocol/marking';
import { simulateWeld } from '../../../scenes/welding-bead/simulatedWelder';
import type { CertificateIssuer, SignedOffAttempt } from '../../../server/exams/certificateIssuer';
import { createStudents, finishExamAttempt, markEveryone, passingWeld, putMarks, signOff, signOffEveryone, storeFinishedAttempts } from '../../support/signOff';
import { manualClock, startTestServer, type TestServer } from '../../support/testServer';
import { examApi, examRequest, refusal, signInAll, type Cast } from './support';

/** An issuer that records what it is given; `failNext` makes the next call throw. */
class RecordingIssuer implements CertificateIssuer {
  readonly issued: SignedOffAttempt[] = [];
  failNext = false;
  async issueFor(signedOff: SignedOffAttempt): Promise<{ certificateId: string }> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the signing key is unavailable');
    }
    this.issued.push(signedOff);
    return { certificateId: `cert-${this.issued.length}` };
  }
}

describe('the certificate issuer at sign-off', () => {
  const clock = manualClock();
  const issuer = new RecordingIssuer();
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, certificateIssuer: issuer, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('issues for a pass, with the attempt, the locked result and the sealed log head; nothing for a fail', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now()));
    const passed = await finishExamAttempt(server.url, cast.token.student1, exam.id, passingWeld(), clock.advance);
    const weld = simulateWeld({ sampleRateHz: 10 });
    await finishExamAttempt(server.url, cast.token.student2, exam.id, weld.slice(0, 40), clock.advance);
    for (const learnerId of [cast.id.student1, cast.id.student2]) await putMarks(server.url, cast.token.assessor1, exam.id, learnerId, { 'bead-appearance': 2, 'work-practice': 2 });

    const answer = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student1);
    expect(answer).toMatchObject({ passed: true, certificateId: 'cert-1' });
    expect(issuer.issued).toHaveLength(1);
    const given = issuer.issued[0]!;
    const integrity = (await (await api.call('GET', `/api/sessions/${passed.sessionId}/integrity`, cast.token.assessor1)).json()) as { sealedHead: string };
    expect(given).toMatchObject({
      learner: { id: cast.id.student1, name: 'Nguyễn Văn An' },
      sessionId: passed.sessionId,
      report: passed.result,
      final: answer.final,
      passed: true,
      signedOffAt: answer.signedOffAt,
      signedOffBy: cast.id.assessor1,
      sealedHead: integrity.sealedHead,
    });
    expect(given.exam).toMatchObject({ id: exam.id, sceneId: 'welding-bead', institutionId: expect.any(String) });
    expect(given.marking.state).toBe('signed_off');

    const failed = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student2);
    expect(failed.passed).toBe(false);
    expect(failed).not.toHaveProperty('certificateId');
    expect(issuer.issued).toHaveLength(1);
    const rows = (await (await api.call('GET', `/api/exams/${exam.id}/results`, cast.token.admin1)).json()) as ExamResultRow[];
    expect(rows.find((r) => r.learnerId === cast.id.student1)!.certificateId).toBe('cert-1');
    expect(rows.find((r) => r.learnerId === cast.id.student2)).not.toHaveProperty('certificateId');
  });

  it('keeps the sign-off when issuing fails, and issues on a second sign-off', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: [cast.id.student3] }));
    await finishExamAttempt(server.url, cast.token.student3, exam.id, passingWeld(), clock.advance);
    await putMarks(server.url, cast.token.assessor1, exam.id, cast.id.student3, { 'bead-appearance': 3, 'work-practice': 3 });
    issuer.failNext = true;
    const path = `/api/exams/${exam.id}/candidates/${cast.id.student3}/signoff`;
    expect(await refusal(await api.call('POST', path, cast.token.assessor1))).toBe('500 internal');
    expect(await refusal(await api.call('PUT', `/api/exams/${exam.id}/candidates/${cast.id.student3}/marks`, cast.token.assessor1, { marks: { 'work-practice': 1 } }))).toBe('409 conflict');
    const retried = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student3);
    expect(retried).toMatchObject({ passed: true, certificateId: 'cert-2' });
    // Issued once: a third sign-off is a conflict, not a second certificate.
    expect(await refusal(await api.call('POST', path, cast.token.assessor1))).toBe('409 conflict');
    expect(issuer.issued.map((i) => i.learner.id)).toEqual([cast.id.student1, cast.id.student3]);
  });

  it('takes an exam of many candidates to signed off with the batch helper', async () => {
    const students = await createStudents(server, 12);
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now(), { candidateIds: students, assessorIds: [cast.id.assessor2], judges: 2 }));
    await storeFinishedAttempts(server, exam, passingWeld(), clock.now());
    await markEveryone(server.url, exam, [cast.token.assessor1, cast.token.assessor2], { 'bead-appearance': 2, 'work-practice': 1 });
    const answers = await signOffEveryone(server.url, exam, cast.token.assessor1);
    expect(answers).toHaveLength(12);
    expect(new Set(answers.map((a) => a.certificateId)).size).toBe(12);
    const rows = (await (await api.call('GET', `/api/exams/${exam.id}/results`, cast.token.assessor2)).json()) as ExamResultRow[];
    expect(rows.every((r) => r.status === 'submitted' && r.marking?.state === 'signed_off' && r.report?.critical.length === 0)).toBe(true);
  });
});

// Without a test issuer the server wires its certificate service in (server/certificates/signOffIssuer.ts):
// a passed sign-off answers a real certificate id, whose credential names the standard and verifies.
describe('sign-off with the server\'s own certificate service', () => {
  let offsetMs = 0;
  const clock = { now: () => Date.now() + offsetMs, advance: (ms: number) => void (offsetMs += ms) };
  let server: TestServer;
  let cast: Cast;
  const api = examApi(() => server.url);

  beforeAll(async () => {
    server = await startTestServer({}, { now: clock.now, socketRateLimit: { burst: 100_000, perSecond: 100_000 } });
    cast = await signInAll(server.url);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('issues a certificate that verifies, naming the standard, its version and the attempt\'s sealed head', async () => {
    const exam = await api.create(cast.token.assessor1, examRequest(cast, clock.now()));
    const { sessionId } = await finishExamAttempt(server.url, cast.token.student1, exam.id, passingWeld(), clock.advance);
    // Back to the wall clock: a verifier checks validFrom (the sign-off time) against its own.
    offsetMs = 0;
    await putMarks(server.url, cast.token.assessor1, exam.id, cast.id.student1, { 'bead-appearance': 2, 'work-practice': 2 });
    const answer = await signOff(server.url, cast.token.assessor1, exam.id, cast.id.student1);
    expect(answer.passed).toBe(true);
    expect(answer.certificateId).toMatch(/^[0-9a-f-]{36}$/);

    const credential = (await (await fetch(`${server.url}/api/certificates/${answer.certificateId}`)).json()) as {
      credentialSubject: { achievement: { name: string; criteria: { narrative: string } } };
      evidence: { id: string; narrative: string }[];
    };
    expect(credential.credentialSubject.achievement.name).toBe('Hàn MIG/MAG giáp mối tư thế bằng (1G)');
    expect(credential.credentialSubject.achievement.criteria.narrative).toMatch(/phiên bản .*Đạt khi điểm cuối cùng từ/);
    const integrity = (await (await api.call('GET', `/api/sessions/${sessionId}/integrity`, cast.token.assessor1)).json()) as { sealedHead: string };
    expect(credential.evidence).toContainEqual(expect.objectContaining({ id: `urn:vocaxr:session:${sessionId}`, narrative: `sha256:${integrity.sealedHead}` }));

    const verified = (await (await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credential) })).json()) as { verified: boolean; checks: { check: string; ok: boolean }[] };
    expect(verified.verified).toBe(true);
    expect(verified.checks.every((c) => c.ok)).toBe(true);
    // The results table carries it too.
    const rows = (await (await api.call('GET', `/api/exams/${exam.id}/results`, cast.token.assessor1)).json()) as ExamResultRow[];
    expect(rows.find((r) => r.learnerId === cast.id.student1)?.certificateId).toBe(answer.certificateId);
  });
});
