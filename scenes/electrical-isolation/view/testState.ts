// The electrical view's part of the read-only test hook (contract 2): every target by id with its
// page point, world centre and whether it takes a press, and the scene's own state.
import type { Camera } from 'three';
import type { Interaction } from '../../../client/workshop/kit';
import { targetsTestState } from '../../../client/workshop/kit';
import type { ElectricalSession } from './session';
import { cueStep } from './session';
import { checklistItems } from './checklistItems';

export function electricalTestState(session: ElectricalSession, interaction: Interaction, camera: Camera, canvas: HTMLCanvasElement): Record<string, unknown> {
  const cue = cueStep(session);
  const rect = canvas.getBoundingClientRect();
  return {
    targets: targetsTestState(interaction.registry, camera, rect),
    electrical: {
      installation: session.installation,
      held: interaction.hold.held?.id ?? null,
      cue,
      checklist: session.mode === 'practice' ? checklistItems(cue).map(({ id, done }) => ({ id, done })) : [],
      tester: { ...session.tester },
      socketTester: session.socketTester,
      torqueNm: session.torqueNm,
      notice: session.notice,
      /** the last sparks: where, and how long ago (ms); null before any */
      spark: session.spark && { at: session.spark.at, ageMs: Math.round(performance.now() - session.spark.timeMs) },
    },
  };
}
