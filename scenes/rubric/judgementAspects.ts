// A standard's judgement aspects as data (standards/MARKING.md), checked once when the scene loads.
import type { JudgementAspect } from '../protocol/marking';

/** The points a standard's aspects add up to (J in the final-result formula). */
export const judgementPointsPerStandard = 20;

/** Validates a scene's aspects (unique ids, positive max adding up to 20, both languages) and freezes them. */
export function defineJudgementAspects(sceneId: string, aspects: readonly JudgementAspect[]): readonly JudgementAspect[] {
  const ids = aspects.map((a) => a.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw new Error(`judgement aspects of ${sceneId}: id '${duplicate}' is used twice`);
  for (const { id, max, descriptor } of aspects) {
    if (!(Number.isInteger(max) && max > 0)) throw new Error(`judgement aspects of ${sceneId}: '${id}' needs a positive whole max`);
    if (descriptor.vi.trim() === '' || descriptor.en.trim() === '') throw new Error(`judgement aspects of ${sceneId}: '${id}' needs a descriptor in vi and en`);
  }
  const sum = aspects.reduce((total, a) => total + a.max, 0);
  if (aspects.length > 0 && sum !== judgementPointsPerStandard) {
    throw new Error(`judgement aspects of ${sceneId}: max add up to ${sum}, not ${judgementPointsPerStandard}`);
  }
  return Object.freeze(aspects.map((a) => Object.freeze({ ...a, descriptor: Object.freeze({ ...a.descriptor }) })));
}
