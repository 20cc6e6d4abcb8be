// Demo attempts: with the demo institution, each demo student gets a few finished practice
// attempts per scene over the last two weeks, made with each scene's own `simulate` from its
// `demoPlans` and stored and scored exactly as real ones, so a teacher signing in to a fresh demo
// sees sessions, plots, timelines, analytics and replays at once. Only on a freshly seeded demo
// database. A new scene brings its own demo attempts: nothing here names a scene.
import { sceneRegistry } from '../../scenes/registry';
import { createSeededRandom } from '../../scenes/rubric/seededRandom';
import { scoreLog } from '../../scenes/rubric/scoreLog';
import { toEventRuns } from '../ingest/storedLog';
import { LogChain } from '../ingest/logChain';
import type { Store } from '../storage/store';

const dayMs = 86_400_000;
const demoStudents = ['student1', 'student2', 'student3'];

/** Stores and finishes the demo attempts; returns how many. */
export async function seedDemoAttempts(store: Store, nowMs: number): Promise<number> {
  let count = 0;
  for (const [studentIndex, username] of demoStudents.entries()) {
    const learner = await store.directory.findUserByUsername(username);
    if (!learner) continue;
    for (const [sceneIndex, scene] of sceneRegistry.entries()) {
      const attempts = scene.demoPlans[studentIndex] ?? [];
      for (const [index, plan] of attempts.entries()) {
        // One attempt every few days up to yesterday, mid-morning Vietnam time; scenes an hour apart.
        const day = Math.floor(nowMs / dayMs) - (attempts.length - index) * 3;
        const startedAtMs = day * dayMs + (2 + sceneIndex) * 3_600_000 + count * 600_000;
        const params = scene.drawParams(createSeededRandom(plan.seed));
        const events = scene.simulate({ ...plan, params });
        const session = await store.attempts.createSession({ learnerId: learner.id, sceneId: scene.summary.id, mode: 'practice', examId: undefined, params: params as Record<string, unknown>, startedAtMs });
        const runs = toEventRuns(events.map((event) => ({ event, line: `${JSON.stringify({ seq: event.seq, t: event.t, type: event.type, data: event.data })}\n` })));
        await store.attempts.appendEvents([{ sessionNo: session.no, runs, ackedSeq: events.length, atMs: startedAtMs + (events.at(-1)?.t ?? 0) }]);
        const result = scoreLog(scene, events, params);
        const chain = new LogChain(session.id);
        for (const run of runs) chain.addRun(run.lines);
        const finishedAt = new Date(startedAtMs + result.durationMs).toISOString();
        await store.attempts.finishSession(session.no, { finishedAt, result, total: result.total, passed: result.passed, sealedHead: chain.hex });
        count += 1;
      }
    }
  }
  return count;
}
