// The practice checklist from the scene's procedure steps: a step is ticked once the practice cue
// (practiceNextStep, the same fold the scorer runs) has moved past it.
import type { ChecklistItem } from '../../../client/workshop/kit';
import { electricalProcedureSteps } from '../steps';

export function checklistItems(cue: string | null): ChecklistItem[] {
  const next = cue === null ? electricalProcedureSteps.length : electricalProcedureSteps.findIndex((step) => step.id === cue);
  return electricalProcedureSteps.map((step, index) => ({ id: step.id, label: step.name, done: index < next }));
}
