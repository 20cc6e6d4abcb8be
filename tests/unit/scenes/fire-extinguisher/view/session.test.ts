// The fire view's session: what it records is what it folds, at the t the telemetry stamped, so
// its fire equals the server's fold of the recorded log; the class is the params' alone; samples
// come at most 60 a second; the sweep cue reads the standard's 0.3 m per second; a replay seeks
// to the same state forwards and backwards; the desktop aim lands where the pointer points.
import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { foldFire } from '../../../../../scenes/fire-extinguisher/fire';
import { createFireReplayer, createFireSession, fireClassFromParams, fireCues, pickAgent, pressAlarm, pullPin, sampleNozzle, sweepCue } from '../../../../../scenes/fire-extinguisher/view/session';
import type { FireEvent } from '../../../../../scenes/fire-extinguisher/view/session';
import { aimUnderPointer, desktopNozzleTip, placeFollowCamera } from '../../../../../scenes/fire-extinguisher/view/desktop';
import { desktopHold } from '../../../../../scenes/fire-extinguisher/view/layout';
import { createFireEffects, stepFireEffects } from '../../../../../scenes/fire-extinguisher/view/effects';

/** A telemetry sink like the page's: t on its own clock (an offset, rounded to µs), returned. */
function pageTelemetry(offsetMs: number) {
  const log: FireEvent[] = [];
  return {
    log,
    record(type: string, data: Record<string, unknown>, atMs?: number) {
      const t = Math.round(((atMs ?? 0) - offsetMs) * 1000) / 1000;
      log.push({ t, type, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown> });
      return t;
    },
  };
}

/** A learner 2.4 m in front of the fire sweeping the base with foam, frames every 16.7 ms. */
function putOut(session: ReturnType<typeof createFireSession>, telemetry: ReturnType<typeof pageTelemetry>, startMs: number, seconds: number): number {
  let now = startMs;
  pressAlarm(session, telemetry, now);
  pickAgent(session, telemetry, 'foam', (now += 400));
  pullPin(session, telemetry, 'foam', (now += 500));
  const p = [0.1, 1, -0.6];
  for (let k = 0; now < startMs + 1000 + seconds * 1000; k += 1) {
    now += 1000 / 60 + (k % 3) * 0.37;
    const x = 0.3 * Math.sin((k / 60) * Math.PI * 2);
    const d = [x - p[0]!, 0.2 - p[1]!, -3 - p[2]!];
    sampleNozzle(session, telemetry, now, p, d, true);
  }
  return now;
}

describe('fire session', () => {
  it('takes the fire class from the server params only', () => {
    expect(fireClassFromParams({ fireClass: 'B' })).toBe('B');
    expect(fireClassFromParams({ fireClass: 'electrical' })).toBe('electrical');
    expect(fireClassFromParams({ fireClass: 'C' })).toBeNull();
    expect(fireClassFromParams({})).toBeNull();
  });

  it('folds exactly what it records: the live fire equals the server fold of the recorded log', () => {
    const session = createFireSession('practice', 'B');
    const telemetry = pageTelemetry(1234.5678);
    putOut(session, telemetry, 5000, 6);
    const server = foldFire('B', telemetry.log);
    expect(session.fire).toEqual(server);
    expect(session.fire.out).toBe(true);
    expect(session.fire.alarmAtMs).toBe(telemetry.log[0]!.t);
    // foam knocks a B fire down at 0.25/s: out after about 4 s of aimed discharge
    expect(session.fire.outAtMs! - session.fire.firstDischarge!.t).toBeGreaterThan(3900);
    expect(session.fire.outAtMs! - session.fire.firstDischarge!.t).toBeLessThan(4300);
    expect(session.fire.agentLeftS.foam).toBeGreaterThan(5.5);
  });

  it('samples the nozzle at most 60 times a second (within the standard’s 30–90 Hz at any frame rate), with unit directions', () => {
    const rate = (frameMs: number) => {
      const session = createFireSession('practice', 'A');
      const telemetry = pageTelemetry(0);
      pickAgent(session, telemetry, 'water', 0);
      let recorded = 0;
      for (let now = 1; now < 10_001; now += frameMs) if (sampleNozzle(session, telemetry, now, [0, 1, 0], [0, -1, -3], false)) recorded += 1;
      return { hz: recorded / 10, telemetry };
    };
    // a page's pointer sampler hands readings 1/60 s apart: every one is recorded
    expect(rate(1000 / 60).hz).toBeCloseTo(60, 0);
    // headsets at 72, 90 and 120 Hz, a fast page at 250 Hz
    for (const hz of [72, 90, 120, 250]) {
      const r = rate(1000 / hz).hz;
      expect(r).toBeGreaterThanOrEqual(30);
      expect(r).toBeLessThanOrEqual(60.1);
    }
    const { telemetry } = rate(4);
    const nozzle = telemetry.log.filter((e) => e.type === 'nozzle');
    for (const e of nozzle) expect(Math.hypot(...(e.data.d as number[]))).toBeCloseTo(1, 9);
  });

  it('squeezing with the pin in is noticed (and folded as the pin criterion sees it)', () => {
    const session = createFireSession('practice', 'A');
    const telemetry = pageTelemetry(0);
    pickAgent(session, telemetry, 'water', 0);
    sampleNozzle(session, telemetry, 100, [0, 1, -0.5], [0, -0.3, -1], true);
    expect(session.notice).toBe('pinFirst');
    expect(session.fire.squeezedWithPinIn).toBe(true);
    expect(session.fire.discharging).toBe(false);
  });

  it('reads the sweep over the last second of discharge', () => {
    const trail = { t: new Float64Array(128), x: new Float64Array(128), n: 0, head: 0 };
    const push = (t: number, x: number) => {
      trail.t[trail.head] = t;
      trail.x[trail.head] = x;
      trail.head = (trail.head + 1) % 128;
      trail.n = Math.min(128, trail.n + 1);
    };
    for (let t = 0; t <= 400; t += 20) push(t, 0);
    expect(sweepCue(trail, 400)).toBeNull();
    for (let t = 420; t <= 1200; t += 20) push(t, 0.1 * Math.sin(t / 100));
    expect(sweepCue(trail, 1200)).toBe(false);
    for (let t = 1220; t <= 2200; t += 20) push(t, 0.3 * Math.sin(t / 100));
    expect(sweepCue(trail, 2200)).toBe(true);
  });

  it('gives practice cues and none in an exam', () => {
    const practice = createFireSession('practice', 'A');
    const exam = createFireSession('exam', 'A');
    for (const s of [practice, exam]) {
      const telemetry = pageTelemetry(0);
      pickAgent(s, telemetry, 'powder', 0);
      sampleNozzle(s, telemetry, 20, [0, 1, -0.6], [0, 0.2 - 1, -3 + 0.6], false);
    }
    const cues = fireCues(practice, 'powder');
    expect(cues).toMatchObject({ band: 'ok', aimedAtBase: true, agentLeftS: 12, discharging: false, sweeping: null });
    expect(cues!.distance).toBeCloseTo(2.4);
    expect(fireCues(exam, 'powder')).toBeNull();
  });

  it('replays to the same state forwards and backwards (the kit log replayer over the fold)', () => {
    const live = createFireSession('practice', 'electrical');
    const telemetry = pageTelemetry(0);
    const end = putOut(live, telemetry, 0, 3);
    const replayed = createFireSession('practice', 'electrical');
    const replayer = createFireReplayer(replayed, telemetry.log);
    replayer.seek(end);
    expect(replayed.fire).toEqual(live.fire);
    const mid = telemetry.log[Math.floor(telemetry.log.length / 2)]!.t;
    replayer.seek(mid);
    expect(replayed.fire).toEqual(foldFire('electrical', telemetry.log.filter((e) => e.t <= mid)));
    replayer.seek(end);
    expect(replayed.fire).toEqual(live.fire);
  });
});

describe('desktop aim', () => {
  it('aims the nozzle where the pointer points on the base plane, from the hand in front of the learner', () => {
    const session = createFireSession('practice', 'A');
    session.learner.position[2] = -0.4;
    session.learner.yaw = 0.2;
    const camera = new PerspectiveCamera(62, 16 / 10, 0.02, 50);
    placeFollowCamera(camera, session);
    camera.updateMatrixWorld();
    const centre = new Vector3(0.1, 0.2, -3).project(camera);
    const aim: [number, number, number] = [0, 0, 0];
    aimUnderPointer(camera, centre.x, centre.y, aim);
    expect(aim[0]).toBeCloseTo(0.1, 5);
    expect(aim[1]).toBeCloseTo(0.2, 5);
    expect(aim[2]).toBeCloseTo(-3, 5);
    const tip = desktopNozzleTip(session, [0, 0, 0]);
    expect(tip[1]).toBeCloseTo(desktopHold.nozzle[1]);
    // the hand is ahead of the learner, towards the fire
    expect(tip[2]).toBeLessThan(-0.4);
  });
});

describe('fire effects', () => {
  it('flames follow the intensity, the discharge flows only while discharging, embers once out', () => {
    const fx = createFireEffects();
    const step = (intensity: number, out: boolean, discharge: boolean, frames: number) => {
      for (let k = 0; k < frames; k += 1) stepFireEffects(fx, { fireClass: 'B', intensity, out, discharge: discharge ? { agent: 'foam', p: [0, 1, -0.6], d: [0, -0.35, -0.94] } : null }, 1 / 60);
    };
    step(1, false, false, 60);
    const full = fx.flames.alive;
    expect(full).toBeGreaterThan(100);
    expect(fx.discharge.alive).toBe(0);
    expect(fx.smoke.alive).toBeGreaterThan(10);
    step(1, false, true, 30);
    expect(fx.discharge.alive).toBeGreaterThan(100);
    step(0.2, false, false, 240);
    expect(fx.flames.alive).toBeLessThan(full * 0.5);
    expect(fx.discharge.alive).toBe(0);
    step(0, true, false, 120);
    // only embers now: small, dim, few
    expect(fx.flames.alive).toBeGreaterThan(0);
    expect(fx.flames.alive).toBeLessThan(60);
  });
});
