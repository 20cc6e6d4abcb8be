// What every part of the fire view shares: the session (the fold), the shapes, the language,
// the effects and the desktop state, and the few things a press can do.
import type { Interaction, LocomotionPose, PressSource, TelemetrySink, WorkshopLanguage, WorkshopRuntime } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import type { DesktopState } from './desktop';
import type { FireEffects } from './effects';
import type { FireModels } from './models';
import type { FireSession } from './session';

export interface FireWorkshop {
  runtime: WorkshopRuntime;
  session: FireSession;
  models: FireModels;
  language: WorkshopLanguage;
  /** false in a replay: targets show but take no press */
  interactive: boolean;
  telemetry: TelemetrySink | null;
  interaction: Interaction;
  effects: FireEffects;
  desktop: DesktopState;
  locomotion: LocomotionPose;
  /** a press on an extinguisher's rack hook: take it, or put the one in hand back */
  pressRack(agent: Agent, source: PressSource): void;
  pressPin(source: PressSource): void;
  pressAlarm(source: PressSource): void;
}

/** The id an extinguisher has in the kit's hold state while in hand. */
export const heldId = (agent: Agent) => `extinguisher:${agent}`;

export function heldAgent(interaction: Interaction): Agent | null {
  const id = interaction.hold.held?.id;
  return id?.startsWith('extinguisher:') ? (id.slice('extinguisher:'.length) as Agent) : null;
}
