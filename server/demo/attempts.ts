// Demo attempts: with the demo institution, each demo student gets a few finished welding
// practice attempts over the last two weeks (simulated hands that improve), stored and scored
// exactly as real ones, so a teacher signing in to a fresh demo sees sessions, plots, analytics
// and replays at once. Only on a freshly seeded demo database.
import { scoreLog } from '../../scenes/rubric/scoreLog';
import { weldingBeadRules, weldingBeadSceneId } from '../../scenes/welding-bead';
import { simulateWeld, type SimulatedWeldOptions } from '../../scenes/welding-bead/simulatedWelder';
import { toEventRuns } from '../ingest/storedLog';
import { LogChain } from '../ingest/logChain';
import type { Store } from '../storage/store';

const dayMs = 86_400_000;

/** Per student: attempts oldest first, each a simulated hand (20 samples a second). */
const plans: Record<string, SimulatedWeldOptions[]> = {
  student1: [
    { seed: 11, unsteadiness: 2.2, travelSpeedMmPerS: 9.5, contactTipToWorkDistanceMm: 15 },
    { seed: 12, unsteadiness: 1.6, travelSpeedMmPerS: 8.2 },
    { seed: 13, unsteadiness: 1.1, workAngleDeg: 6 },
    { seed: 14, unsteadiness: 0.8 },
  ],
  student2: [
    { seed: 21, unsteadiness: 1.4, wearPpe: false },
    { seed: 22, unsteadiness: 1.2, aimOffsetMm: 1.8 },
    { seed: 23, unsteadiness: 0.9, travelAngleDeg: 13 },
  ],
  student3: [
    { seed: 31, unsteadiness: 2.5, torchSampleCount: 300 },
    { seed: 32, unsteadiness: 2.0, travelSpeedMmPerS: 3.2 },
    { seed: 33, unsteadiness: 1.8, workAngleDeg: 11 },
  ],
};

/** Stores and finishes the demo attempts; returns how many. */
export async function seedDemoAttempts(store: Store, nowMs: number): Promise<number> {
  let count = 0;
  for (const [username, attempts] of Object.entries(plans)) {
    const learner = await store.directory.findUserByUsername(username);
    if (!learner) continue;
    for (const [index, options] of attempts.entries()) {
      // One attempt every few days up to yesterday, mid-morning Vietnam time.
      const day = Math.floor(nowMs / dayMs) - (attempts.length - index) * 3;
      const startedAtMs = day * dayMs + 2 * 3_600_000 + count * 600_000;
      const events = simulateWeld({ sampleRateHz: 20, ...options });
      const session = await store.attempts.createSession({ learnerId: learner.id, sceneId: weldingBeadSceneId, mode: 'practice', examId: undefined, params: {}, startedAtMs });
      const runs = toEventRuns(events.map((event) => ({ event, line: `${JSON.stringify({ seq: event.seq, t: event.t, type: event.type, data: event.data })}\n` })));
      await store.attempts.appendEvents([{ sessionNo: session.no, runs, ackedSeq: events.length, atMs: startedAtMs + (events.at(-1)?.t ?? 0) }]);
      const result = scoreLog(weldingBeadRules, events);
      const chain = new LogChain(session.id);
      for (const run of runs) chain.addRun(run.lines);
      const finishedAt = new Date(startedAtMs + result.durationMs).toISOString();
      await store.attempts.finishSession(session.no, { finishedAt, result, total: result.total, passed: result.passed, sealedHead: chain.hex });
      count += 1;
    }
  }
  return count;
}
