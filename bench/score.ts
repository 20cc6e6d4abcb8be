// Prints how long scoring takes for a 10-minute welding attempt at 90 Hz (54,000 torch samples):
// the whole log at once (scoreLog, the finish path) and live, in 100-event batches (the ingest
// path), with and without a live report after each batch. Figures only, no assertions.
// Run: npm run bench:score
import os from 'node:os';
import type { AttemptEvent } from '../scenes/rubric/events';
import { scoreLog } from '../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../scenes/welding-bead';
import { simulateWeld } from '../scenes/welding-bead/simulatedWelder';

const warmUpRuns = 10;
const timedRuns = 20;
const batchSize = 100;

const events = simulateWeld({ seed: 2024, sampleRateHz: 90, torchSampleCount: 54_000, unsteadiness: 1.2 });
const torchSamples = events.filter((e) => e.type === 'torch').length;

function batches(all: readonly AttemptEvent[], size: number): AttemptEvent[][] {
  const out: AttemptEvent[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}
const batched = batches(events, batchSize);

function measure(label: string, run: () => unknown): void {
  for (let i = 0; i < warmUpRuns; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < timedRuns; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  const median = at(0.5);
  const eventsPerSecond = events.length / (median / 1000);
  console.log(
    `${label.padEnd(44)} min ${times[0]!.toFixed(2).padStart(6)} ms  median ${median.toFixed(2).padStart(6)} ms  ` +
      `p95 ${at(0.95).toFixed(2).padStart(6)} ms  ${(eventsPerSecond / 1e6).toFixed(2)} M events/s`,
  );
}

const report = scoreLog(weldingBeadRules, events);
console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'})`);
console.log(
  `log: ${events.length} events (${torchSamples} torch samples at 90 Hz, ${(report.durationMs / 60_000).toFixed(1)} min); ` +
    `total ${report.total}, passed ${report.passed}`,
);
console.log(`${warmUpRuns} warm-up runs, then ${timedRuns} timed runs each; target: whole log <= 20 ms\n`);

measure('scoreLog (whole log at once)', () => scoreLog(weldingBeadRules, events));
measure(`live: pushAll in ${batchSize}-event batches`, () => {
  const scorer = weldingBeadRules.createScorer({});
  for (const batch of batched) scorer.pushAll(batch);
  return scorer.report();
});
measure(`live: pushAll + report() per ${batchSize}-event batch`, () => {
  const scorer = weldingBeadRules.createScorer({});
  let last;
  for (const batch of batched) {
    scorer.pushAll(batch);
    last = scorer.report();
  }
  return last;
});
measure('validateEvent on every event (ingest check)', () => {
  for (const event of events) weldingBeadRules.validateEvent(event);
});
