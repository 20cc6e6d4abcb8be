// The access module's refusals, against a real (in-memory) SQLite store: not_found for what does
// not exist or is not among the viewer's, forbidden for someone else's learner or session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleClass, visibleExam, visibleLearner, visibleSession } from '../../../../server/auth/access';
import type { TokenClaims } from '../../../../server/auth/tokens';
import { SqliteStore } from '../../../../server/storage/sqlite/SqliteStore';
import type { Role, User } from '../../../../server/storage/store';

const person = (username: string, role: Role, classes: { code: string; role: 'student' | 'teacher' }[]) => ({
  username,
  name: username,
  role,
  passwordHash: 'unused',
  classes,
});

describe('access', () => {
  const store = new SqliteStore(':memory:');
  const users = new Map<string, User>();
  let sessionId = '';
  const viewer = (username: string): TokenClaims => {
    const user = users.get(username)!;
    return { userId: user.id, role: user.role, institutionId: user.institutionId };
  };
  const refusal = (promise: Promise<unknown>) => promise.then(() => 'allowed', (error: { code?: string }) => error.code);

  beforeAll(async () => {
    await store.directory.importRoster({
      institutionName: 'College A',
      classes: [{ code: 'W1', name: 'Welding 1' }, { code: 'W2', name: 'Welding 2' }],
      users: [
        person('student1', 'student', [{ code: 'W1', role: 'student' }]),
        person('student2', 'student', [{ code: 'W2', role: 'student' }]),
        person('teacher1', 'teacher', [{ code: 'W1', role: 'teacher' }]),
        person('teacher2', 'teacher', [{ code: 'W2', role: 'teacher' }]),
        person('assessor1', 'assessor', []),
        person('admin1', 'admin', []),
      ],
    });
    await store.directory.importRoster({ institutionName: 'College B', classes: [], users: [person('adminB', 'admin', [])] });
    for (const name of ['student1', 'student2', 'teacher1', 'teacher2', 'assessor1', 'admin1', 'adminB']) {
      users.set(name, (await store.directory.findUserByUsername(name))!);
    }
    const session = await store.attempts.createSession({
      learnerId: users.get('student1')!.id, sceneId: 'smaw-flat', mode: 'practice', examId: undefined, params: {}, startedAtMs: Date.now(),
    });
    sessionId = session.id;
  });
  afterAll(() => store.close());

  it('shows a session to its learner, their teacher and their admin; refuses everyone else', async () => {
    for (const name of ['student1', 'teacher1', 'admin1']) expect(await refusal(visibleSession(store, viewer(name), sessionId))).toBe('allowed');
    for (const name of ['student2', 'teacher2', 'assessor1', 'adminB']) expect(await refusal(visibleSession(store, viewer(name), sessionId))).toBe('forbidden');
    expect(await refusal(visibleSession(store, viewer('admin1'), 'no-such-session'))).toBe('not_found');
  });

  it('shows a learner by the same rules', async () => {
    const learnerId = users.get('student1')!.id;
    expect(await refusal(visibleLearner(store, viewer('teacher1'), learnerId))).toBe('allowed');
    expect(await refusal(visibleLearner(store, viewer('teacher2'), learnerId))).toBe('forbidden');
    expect(await refusal(visibleLearner(store, viewer('student2'), learnerId))).toBe('forbidden');
    expect(await refusal(visibleLearner(store, viewer('teacher1'), 'nobody'))).toBe('not_found');
  });

  it('treats a class that is not among the viewer\'s as not found', async () => {
    const [w1] = await store.directory.listClasses({ teacherId: users.get('teacher1')!.id });
    expect(await refusal(visibleClass(store, viewer('teacher1'), w1!.id))).toBe('allowed');
    expect(await refusal(visibleClass(store, viewer('admin1'), w1!.id))).toBe('allowed');
    expect(await refusal(visibleClass(store, viewer('teacher2'), w1!.id))).toBe('not_found');
    expect(await refusal(visibleClass(store, viewer('adminB'), w1!.id))).toBe('not_found');
  });

  it('finds no exam yet', async () => {
    expect(await refusal(visibleExam(store, viewer('assessor1'), 'any'))).toBe('not_found');
  });
});
