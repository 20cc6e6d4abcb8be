// The fire view's part of the read-only test hook: every target by id (rack hooks, the pin, the
// call point) with its page point, the fold's state, the learner and the nozzle, the cues, the
// effects' live particles, and page points of the fire's base and of floor spots, so an e2e can
// walk, aim and sweep like a learner.
import type { Camera } from 'three';
import type { Interaction, LocomotionPose } from '../../../client/workshop/kit';
import { projectToPage, targetsTestState } from '../../../client/workshop/kit';
import { agents } from '../events';
import { aimPoint, fireGeometry, horizontalDistance } from '../fire';
import type { DesktopState } from './desktop';
import type { FireEffects } from './effects';
import { callPoint, fireCentre, rackSlots } from './layout';
import type { FireSession } from './session';
import { fireCues, sweepSpan } from './session';
import { heldAgent } from './workshop';

const r = (v: number, places = 4) => Math.round(v * 10 ** places) / 10 ** places;
const r3 = (v: readonly number[]) => [r(v[0] ?? 0), r(v[1] ?? 0), r(v[2] ?? 0)];

export function fireTestState(session: FireSession, interaction: Interaction, desktop: DesktopState, effects: FireEffects, locomotion: LocomotionPose, camera: Camera, canvas: HTMLCanvasElement, paramsClass: string | null): Record<string, unknown> {
  const rect = canvas.getBoundingClientRect();
  const page = (x: number, y: number, z: number) => {
    const at = projectToPage([x, y, z], camera, rect);
    return at && [r(at[0], 1), r(at[1], 1)];
  };
  const fire = session.fire;
  const held = heldAgent(interaction);
  const last = fire.lastNozzle;
  const [cx, , cz] = fireCentre;
  const y = fireGeometry.aimPlaneY;
  // floor spots straight in front of the fire (towards the learner's start), at the band's middle and edges
  const spot = (distance: number) => page(cx, 0, cz + distance);
  // just in front of the rack and to the slot's right, where the start camera sees the floor
  const rackFront = (agent: (typeof agents)[number]) => page(rackSlots[agent][0] + 0.35, 0, rackSlots[agent][2] + 0.45);
  return {
    targets: targetsTestState(interaction.registry, camera, rect),
    fire: {
      fireClass: session.fireClass,
      /** the class the server's params named (null: none, the view fell back) */
      paramsFireClass: paramsClass,
      mode: session.mode,
      intensity: r(fire.intensity, 6),
      out: fire.out,
      outAtMs: fire.outAtMs,
      alarmAtMs: fire.alarmAtMs,
      /** in hand now (the view's), and the fold's held (the last pick) */
      held,
      holder: interaction.hold.held?.by ?? null,
      foldHeld: fire.held,
      pinPulled: { ...fire.pinPulled },
      agentLeftS: Object.fromEntries(agents.map((a) => [a, r(fire.agentLeftS[a], 4)])),
      discharging: fire.discharging,
      firstDischarge: fire.firstDischarge,
      samples: session.samples,
      events: session.applied,
      lastT: session.lastT,
      learner: { position: r3(session.learner.position), yaw: r(session.learner.yaw), distance: r(horizontalDistance(session.learner.position)) },
      walking: desktop.walkTo !== null,
      /** a headset's reference-space origin (teleport and snap turn move it) */
      origin: { position: r3(locomotion.position), yaw: r(locomotion.yaw) },
      nozzle: last && { p: r3(last.p), d: r3(last.d), squeeze: last.squeeze, aim: aimPoint(last.p, last.d)?.map((v) => r(v)) ?? null, distance: r(horizontalDistance(last.p)) },
      cues: fireCues(session, held),
      /** the last second of discharge: the aim's x span (m) and how much of the second it covers (ms) */
      sweep: sweepSpan(session.trail, session.lastT),
      notice: session.notice,
      effects: { flames: effects.flames.alive, smoke: effects.smoke.alive, discharge: effects.discharge.alive },
      screen: {
        /** the fire's base centre on the aim plane, and 0.3 m either side of it (a sweep) */
        base: page(cx, y, cz),
        baseLeft: page(cx - 0.3, y, cz),
        baseRight: page(cx + 0.3, y, cz),
        /** flames above the base (aiming there is not at the base) */
        flames: page(cx, 1.2, cz),
        callPoint: page(callPoint[0], callPoint[1], callPoint[2]),
        floor: { band: spot(2.2), bandNear: spot(1.6), bandFar: spot(2.9), tooClose: spot(0.8), start: page(0, 0, 0), rack: rackFront('co2') },
      },
    },
  };
}
