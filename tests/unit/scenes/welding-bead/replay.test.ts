// Replay is deterministic: the state shown at time T depends only on the log and T, however
// the viewer got there (played through, jumped, or sought back from later).
import { describe, expect, it } from 'vitest';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';
import { createWeldingReplayer } from '../../../../scenes/welding-bead/view/replay';
import { createWeldingSession } from '../../../../scenes/welding-bead/view/weldingSession';
import { advanceReplayClock, createReplayClock, seekReplayClock, toggleReplayClock } from '../../../../client/workshop/replayClock';

const silent = { record: () => undefined };

function replayAt(events: ReturnType<typeof simulateWeld>, path: number[]) {
  const session = createWeldingSession(silent, 'practice', () => 0);
  const replayer = createWeldingReplayer(session, events);
  for (const t of path) replayer.seek(t);
  return { session, replayer };
}

function snapshot({ session, replayer }: ReturnType<typeof replayAt>) {
  return {
    applied: replayer.applied,
    torch: structuredClone(session.torch),
    ppe: { ...session.ppe },
    readings: structuredClone(session.readings),
    bead: Array.from(session.bead.positions.subarray(0, session.bead.count * 3)),
    quality: Array.from(session.bead.quality.subarray(0, session.bead.count)),
  };
}

describe('welding replay', () => {
  const events = simulateWeld({ seed: 11, unsteadiness: 1 });
  const end = events.at(-1)!.t;
  const middle = Math.round(end / 2);

  it('shows the same state at T whether played through, jumped to, or sought back to', () => {
    const jumped = snapshot(replayAt(events, [middle]));
    const played = snapshot(replayAt(events, Array.from({ length: Math.ceil(middle / 16.7) + 1 }, (_, i) => Math.min(middle, i * 16.7))));
    const soughtBack = snapshot(replayAt(events, [end, end / 3, end, middle]));
    expect(played).toEqual(jumped);
    expect(soughtBack).toEqual(jumped);
    expect(jumped.bead.length).toBeGreaterThan(0);
    expect(jumped.torch.held).toBe(true);
  });

  it('moves the torch along the seam and grows the bead as time passes', () => {
    const early = snapshot(replayAt(events, [end * 0.3]));
    const late = snapshot(replayAt(events, [end * 0.7]));
    expect(late.torch.p[0]).toBeGreaterThan(early.torch.p[0]);
    expect(late.bead.length).toBeGreaterThan(early.bead.length);
    expect(early.ppe).toEqual({ helmet: true, gloves: true });
  });

  it('starts empty before the first event and applies every event by the end', () => {
    expect(snapshot(replayAt(events, [-1])).applied).toBe(0);
    const atEnd = replayAt(events, [end]);
    expect(atEnd.replayer.applied).toBe(events.length);
    expect(atEnd.replayer.appliedT).toBe(end);
  });
});

describe('replay clock', () => {
  it('advances at its speed while playing, caps a long frame, and stops at the end', () => {
    const clock = createReplayClock(1_000);
    advanceReplayClock(clock, 0.05);
    expect(clock.timeMs).toBe(0);
    toggleReplayClock(clock);
    clock.speed = 4;
    advanceReplayClock(clock, 0.05);
    expect(clock.timeMs).toBe(200);
    advanceReplayClock(clock, 5); // a hidden tab: at most 0.1 s of wall time
    expect(clock.timeMs).toBe(600);
    advanceReplayClock(clock, 0.1);
    advanceReplayClock(clock, 0.1);
    expect(clock.timeMs).toBe(1_000);
    expect(clock.playing).toBe(false);
    toggleReplayClock(clock); // at the end, play starts over
    expect(clock).toMatchObject({ playing: true, timeMs: 0 });
  });

  it('seeks within the attempt only', () => {
    const clock = createReplayClock(1_000);
    seekReplayClock(clock, 5_000);
    expect(clock.timeMs).toBe(1_000);
    seekReplayClock(clock, -3);
    expect(clock.timeMs).toBe(0);
    seekReplayClock(clock, Number.NaN);
    expect(clock.timeMs).toBe(0);
  });
});
