// The welding bench on the desktop records the same weld whatever the frame rate: the same mouse
// movement (readings every 8 ms, as a mouse reports), drained by frames at 60, 6 and 2 fps,
// gives logs that score alike, and the bead the learner sees is the bead the log describes.
import { describe, expect, it } from 'vitest';
import { BoxGeometry, Mesh, PerspectiveCamera, Vector3 } from 'three';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { plateSurfaceY, seamCentreZ, seamEndX, seamStartX } from '../../../../scenes/welding-bead/geometry';
import { createWorkshopRuntime } from '../../../../client/workshop/runtime/workshopRuntime';
import { beginGrab } from '../../../../client/workshop/runtime/grab';
import { skipPointerSamples } from '../../../../client/workshop/runtime/pointerSamples';
import { createBenchPhysics } from '../../../../scenes/welding-bead/view/benchPhysics';
import { torchHalfExtents } from '../../../../scenes/welding-bead/view/torchModel';
import { createBenchInteraction } from '../../../../scenes/welding-bead/view/benchInteraction';
import { updateBenchDesktop } from '../../../../scenes/welding-bead/view/benchDesktop';
import { createWeldingSession, updateHeldTorch, wearPpe } from '../../../../scenes/welding-bead/view/weldingSession';
import { createWeldingReplayer } from '../../../../scenes/welding-bead/view/replay';

/** The desktop camera (placeDesktopCamera) on a 960×600 canvas. */
function desktopCamera(): PerspectiveCamera {
  const camera = new PerspectiveCamera(75, 960 / 600, 0.05, 50);
  camera.position.set(0, 1.47, 0.14);
  camera.lookAt(0, 0.9, -0.43);
  camera.updateMatrixWorld();
  return camera;
}

function recordingSink(events: AttemptEvent[], originMs: number) {
  return {
    record(type: string, data: Record<string, unknown>, atMs?: number) {
      const t = Math.max(events.at(-1)?.t ?? 0, (atMs ?? originMs) - originMs);
      events.push({ seq: events.length + 1, t, type, data });
    },
  };
}

const originMs = 10_000;
const speedMmPerS = 6;
const from = seamStartX - 0.006;
const to = seamEndX + 0.006;

/** Welds the seam with the mouse at 6 mm/s, the page drawing a frame every `frameMs`. */
function weldAt(frameMs: number) {
  const events: AttemptEvent[] = [];
  const runtime = createWorkshopRuntime();
  const bench = createBenchInteraction(createBenchPhysics(runtime.physics));
  const session = createWeldingSession(recordingSink(events, originMs), 'practice', () => 0);
  const camera = desktopCamera();
  const ndcOf = (x: number) => new Vector3(x, plateSurfaceY, seamCentreZ).project(camera);
  wearPpe(session, 'helmet', originMs);
  wearPpe(session, 'gloves', originMs);
  const start = originMs + 100;
  const durationMs = ((to - from) * 1e6) / speedMmPerS;
  const at = (t: number) => ndcOf(from + ((to - from) * Math.min(1, (t - start) / durationMs)));
  // Picked up at `start` with the pointer at the seam's start and the button going down.
  beginGrab(bench.grabs.pointer, bench.items.torch, [0, 0, 0], start / 1000);
  skipPointerSamples(bench.pointerSampler, [], start);
  const queue = runtime.desktop.pointerSamples;
  let nextReading = start;
  for (let frame = start + frameMs; frame <= start + durationMs + 1000; frame += frameMs) {
    for (; nextReading <= frame; nextReading += 8) {
      const p = at(nextReading);
      queue.push({ t: nextReading, x: p.x, y: p.y, down: nextReading <= start + durationMs });
    }
    updateBenchDesktop(runtime, bench, session, camera, frame);
  }
  return { events, report: scoreLog(weldingBeadRules, events), session };
}

describe('the desktop bench at any frame rate', () => {
  const fast = weldAt(1000 / 60);

  it('scores a correct weld well at 60 fps', () => {
    expect(fast.report.total).toBeGreaterThan(98);
    expect(fast.report.critical).toEqual([]);
  });

  it.each([6, 2])('scores the same weld alike at %d fps', (fps) => {
    const slow = weldAt(1000 / fps);
    expect(Math.abs(slow.report.total - fast.report.total)).toBeLessThanOrEqual(0.5);
    for (const criterion of fast.report.criteria) {
      expect(Math.abs(slow.report.criteria.find((c) => c.id === criterion.id)!.score - criterion.score), criterion.id).toBeLessThanOrEqual(0.01);
    }
    const rate = (events: AttemptEvent[]) => events.filter((e) => e.type === 'torch').length;
    expect(Math.abs(rate(slow.events) - rate(fast.events)) / rate(fast.events)).toBeLessThan(0.1);
  });

  it('draws the bead the log describes: replaying the log grows the same bead', () => {
    const replayed = createWeldingSession({ record: () => undefined }, 'practice', () => 0);
    createWeldingReplayer(replayed, fast.events).seek(Number.POSITIVE_INFINITY);
    expect(fast.session.bead.count).toBeGreaterThan(300);
    expect(Array.from(replayed.bead.positions.subarray(0, replayed.bead.count * 3))).toEqual(Array.from(fast.session.bead.positions.subarray(0, fast.session.bead.count * 3)));
  });
});

describe('picking the torch up with a click', () => {
  it('strikes no arc, even when the click ends after the frame that handles it', () => {
    const events: AttemptEvent[] = [];
    const runtime = createWorkshopRuntime();
    const bench = createBenchInteraction(createBenchPhysics(runtime.physics));
    const session = createWeldingSession(recordingSink(events, 0), 'practice', () => 0);
    const camera = desktopCamera();
    const torch = bench.items.torch;
    torch.object = new Mesh(new BoxGeometry(torchHalfExtents[0] * 2, torchHalfExtents[1] * 2, torchHalfExtents[2] * 2));
    torch.object.position.set(torch.body.position.x, torch.body.position.y, torch.body.position.z);
    torch.object.quaternion.set(torch.body.quaternion.x, torch.body.quaternion.y, torch.body.quaternion.z, torch.body.quaternion.w);
    torch.object.updateMatrixWorld();
    const onTorch = torch.object.position.clone().project(camera);
    // Press at 1000, release at 1060; the frame stamped 1020 sees the click (the release's
    // listener ran before it) but its reading lies beyond the frame's time.
    runtime.desktop.pointerSamples.push({ t: 1000, x: onTorch.x, y: onTorch.y, down: true }, { t: 1060, x: onTorch.x, y: onTorch.y, down: false });
    runtime.desktop.clicks.push([onTorch.x, onTorch.y]);
    updateBenchDesktop(runtime, bench, session, camera, 1020);
    expect(bench.grabs.pointer.link).toBe(torch);
    for (let frame = 1100; frame <= 2000; frame += 100) updateBenchDesktop(runtime, bench, session, camera, frame);
    const samples = events.filter((e) => e.type === 'torch');
    expect(samples.length).toBeGreaterThan(50);
    expect(samples.filter((e) => e.data.arc === true)).toEqual([]);
  });
});

describe('the held torch in a headset (a sample per XR frame)', () => {
  it('grows the bead only from the samples it sends, even at 120 frames a second', () => {
    const events: AttemptEvent[] = [];
    const live = createWeldingSession(recordingSink(events, 0), 'practice', () => 0);
    live.telemetry.record('ppe', { item: 'helmet', worn: true }, 0);
    live.telemetry.record('ppe', { item: 'gloves', worn: true }, 0);
    const d = [Math.sin(0.17), -Math.cos(0.17), 0];
    for (let t = 0; t <= 4000; t += 1000 / 120) {
      const x = seamStartX + (speedMmPerS * t) / 1e6;
      updateHeldTorch(live, t, [x - d[0]! * 0.011, plateSurfaceY - d[1]! * 0.011, seamCentreZ], d, true);
    }
    const replayed = createWeldingSession({ record: () => undefined }, 'practice', () => 0);
    createWeldingReplayer(replayed, events).seek(Number.POSITIVE_INFINITY);
    expect(events.filter((e) => e.type === 'torch').length).toBeLessThanOrEqual(4 * 90 + 1);
    expect(live.bead.count).toBeGreaterThan(20);
    expect(Array.from(live.bead.positions.subarray(0, live.bead.count * 3))).toEqual(Array.from(replayed.bead.positions.subarray(0, replayed.bead.count * 3)));
  });
});
