// The bench with a mouse and keyboard: a click picks the torch up or puts PPE on; the held torch
// follows the pointer over the plate. The hand is sampled at the input's own times, not once per
// drawn frame: each frame takes every pointer reading since the last (pointerSamples.ts) and
// moves the torch, records the sample, grows the bead and meters the travel speed for each in
// time order, with the steering actions applied at their keys' own event times (the kit's keySteps). So a slow
// PC draws fewer frames but records, shows and scores the same weld as a fast one.
import { Raycaster, Vector2 } from 'three';
import type { Camera, Object3D } from 'three';
import type { KeyRepeat, PointerSample, WorkshopRuntime } from '../../../client/workshop/kit';
import { advanceKeys, beginGrab, consumeActionPress, isKeyHeld, skipPointerSamples, takePointerSamples } from '../../../client/workshop/kit';
import type { DesktopTorchSettings } from './desktopTorchPose';
import {
  clampDesktopTorchSettings, createDesktopTorchSettings, desktopContactTip, desktopNozzleAxis, desktopTorchLimits, intersectRayWithHorizontalPlane,
} from './desktopTorchPose';
import type { WeldingKeyAction } from './weldingKeys';
import { plateSurfaceY } from '../geometry';
import { torchSampleIntervalMs } from './weldingSession';
import type { BenchInteraction, Session } from './benchInteraction';
import { holdTorchAt, letGo, putOn } from './benchInteraction';

/**
 * One sample per 1/90 s at most; a stalled page (seconds without a frame) catches up 2 s at most;
 * a still pointer is sampled up to 50 ms before the frame (readings can be that late to arrive).
 */
const cadence = { intervalMs: torchSampleIntervalMs, maxPerFrame: 180, holdLagMs: 50 };

/** Which setting each steering action (weldingKeys.ts) moves, and which way. */
const steering: { readonly [action in WeldingKeyAction]?: { setting: keyof DesktopTorchSettings; sign: 1 | -1 } } = {
  travelAnglePlus: { setting: 'travelAngle', sign: 1 },
  travelAngleMinus: { setting: 'travelAngle', sign: -1 },
  workAnglePlus: { setting: 'workAngle', sign: 1 },
  workAngleMinus: { setting: 'workAngle', sign: -1 },
  ctwdPlus: { setting: 'contactTipToWorkDistance', sign: 1 },
  ctwdMinus: { setting: 'contactTipToWorkDistance', sign: -1 },
};

function repeatOf(action: string): KeyRepeat | undefined {
  const key = steering[action as WeldingKeyAction];
  return key ? desktopTorchLimits[key.setting].repeat : undefined;
}

/** `steps` presses (or repeats) of the steering action, within the limits. */
export function steerDesktopTorch(settings: DesktopTorchSettings, action: string, steps: number): void {
  const key = steering[action as WeldingKeyAction];
  if (!key) return;
  settings[key.setting] += key.sign * steps * desktopTorchLimits[key.setting].stepPerPress;
  clampDesktopTorchSettings(settings);
}

const raycaster = new Raycaster();
const ndc = new Vector2();
const rayOrigin: [number, number, number] = [0, 0, 0];
const rayDirection: [number, number, number] = [0, 0, 0];
const tip: [number, number, number] = [0, 0, 0];
const axis: [number, number, number] = [0, -1, 0];
const samples: PointerSample[] = [];
const dropSteps = () => undefined;

/** The point on the plate under a pointer reading, kept on the bench; unchanged when the ray misses. */
function workPointUnder(sample: PointerSample, camera: Camera, work: [number, number, number]): void {
  ndc.set(sample.x, sample.y);
  raycaster.setFromCamera(ndc, camera);
  raycaster.ray.origin.toArray(rayOrigin);
  raycaster.ray.direction.toArray(rayDirection);
  if (intersectRayWithHorizontalPlane(rayOrigin, rayDirection, plateSurfaceY, work)) {
    work[0] = Math.min(0.5, Math.max(-0.5, work[0]));
    work[2] = Math.min(-0.15, Math.max(-0.75, work[2]));
  }
}

/** One frame at `frameTimeMs` (the frame's own time, performance.now() timebase). */
export function updateBenchDesktop(runtime: WorkshopRuntime, bench: BenchInteraction, session: Session, camera: Camera, frameTimeMs: number): void {
  const input = runtime.desktop;
  const state = bench.grabs.pointer;
  const s = bench.settings;
  if (state.link) {
    if (consumeActionPress(input, 'resetPose' satisfies WeldingKeyAction)) Object.assign(s, createDesktopTorchSettings());
    s.contactTipToWorkDistance += input.wheelNotches * desktopTorchLimits.contactTipToWorkDistance.stepPerWheelNotch;
    clampDesktopTorchSettings(s);
    for (const sample of takePointerSamples(bench.pointerSampler, input.pointerSamples, frameTimeMs, cadence, samples)) {
      advanceKeys(bench.keySteps, input.actions.events, sample.t, repeatOf, (action, steps) => steerDesktopTorch(s, action, steps));
      workPointUnder(sample, camera, bench.pointerWorkPoint);
      desktopNozzleAxis(s, axis);
      desktopContactTip(bench.pointerWorkPoint, axis, s, tip);
      holdTorchAt(bench, session, tip, axis, sample.t, sample.down || isKeyHeld(bench.keySteps, 'trigger' satisfies WeldingKeyAction));
    }
  } else {
    // Nothing in hand: the readings only move the pointer; keys are tracked but steer nothing.
    skipPointerSamples(bench.pointerSampler, input.pointerSamples, frameTimeMs);
    advanceKeys(bench.keySteps, input.actions.events, frameTimeMs, repeatOf, dropSteps, false);
  }
  input.wheelNotches = 0;
  // Clicks and Escape at the frame's time, after its samples, so t keeps rising in the log.
  const { torch, helmet, gloves } = bench.items;
  for (const click of input.clicks.splice(0)) {
    ndc.set(click[0], click[1]);
    raycaster.setFromCamera(ndc, camera);
    const targets = [torch, helmet, gloves].filter((link) => runtime.physics.links.has(link.id) && link.object && !link.held).map((link) => link.object as Object3D);
    const hit = raycaster.intersectObjects(targets, true)[0];
    let picked: Object3D | null = hit?.object ?? null;
    while (picked && !targets.includes(picked)) picked = picked.parent;
    if (picked === helmet.object) putOn(runtime, session, helmet, 'helmet', frameTimeMs);
    else if (picked === gloves.object) putOn(runtime, session, gloves, 'gloves', frameTimeMs);
    else if (picked === torch.object && !state.link) {
      beginGrab(state, torch, [0, 0, 0], frameTimeMs / 1000);
      session.telemetry.record('grab', { item: 'torch', hand: 'pointer' }, frameTimeMs);
      // Sampling starts after the grab and after the click that made it: its press is no trigger
      // pull (its release may be queued beyond the frame's time, so skip to the newest reading).
      skipPointerSamples(bench.pointerSampler, input.pointerSamples, Math.max(frameTimeMs, input.pointerSamples.at(-1)?.t ?? frameTimeMs));
    }
  }
  if (state.link && consumeActionPress(input, 'putDown' satisfies WeldingKeyAction)) {
    letGo(bench, state, session, frameTimeMs);
    torch.body.position.set(bench.items.torchRest.position.x, bench.items.torchRest.position.y, bench.items.torchRest.position.z);
    const rest = bench.items.torchRest.quaternion;
    torch.body.quaternion.set(rest.x, rest.y, rest.z, rest.w);
    torch.body.velocity.set(0, 0, 0);
  }
}
