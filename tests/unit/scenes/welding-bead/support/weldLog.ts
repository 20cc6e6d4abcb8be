// Building blocks for hand-written welding logs: a torch sample from the measures it should
// produce (the standard's formulas run backwards), PPE events, numbering.
import type { AttemptEvent } from '../../../../../scenes/rubric/events';
import { plateSurfaceY, seamCentreZ } from '../../../../../scenes/welding-bead/geometry';

export interface TorchPose {
  /** Work point x, metres. */
  x: number;
  /** @default 11 */
  ctwdMm?: number;
  /** @default 10 */
  travelDeg?: number;
  /** @default 0 */
  workDeg?: number;
  /** Work point offset along +Z, mm. @default 0 */
  aimMm?: number;
  /** @default true */
  arc?: boolean;
}

/** torch event data whose measures are (up to rounding) the pose asked for. */
export function torchData(pose: TorchPose): { p: number[]; d: number[]; arc: boolean } {
  const tanTravel = Math.tan(((pose.travelDeg ?? 10) * Math.PI) / 180);
  const tanWork = Math.tan(((pose.workDeg ?? 0) * Math.PI) / 180);
  const down = 1 / Math.hypot(1, tanTravel, tanWork);
  const d = [tanTravel * down, -down, tanWork * down];
  const ctwd = (pose.ctwdMm ?? 11) / 1000;
  const w = [pose.x, plateSurfaceY, seamCentreZ + (pose.aimMm ?? 0) / 1000];
  return { p: w.map((wi, i) => wi - d[i]! * ctwd), d, arc: pose.arc ?? true };
}

export type UnnumberedEvent = Omit<AttemptEvent, 'seq'>;

export const torch = (t: number, pose: TorchPose): UnnumberedEvent => ({ t, type: 'torch', data: torchData(pose) });

export const ppe = (t: number, item: 'helmet' | 'gloves', worn = true): UnnumberedEvent => ({ t, type: 'ppe', data: { item, worn } });

/** Helmet and gloves on at t 0. */
export const dressed: readonly UnnumberedEvent[] = [ppe(0, 'helmet'), ppe(0, 'gloves')];

export function numbered(events: readonly UnnumberedEvent[]): AttemptEvent[] {
  return events.map((event, index) => ({ seq: index + 1, ...event }));
}
