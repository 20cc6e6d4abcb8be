// The welding-bead scene (GMAW butt weld, flat position) as the rest of the system sees it.
import { z } from 'zod';
import type { SceneRules } from '../types';
import type { WeldingBeadParams } from './scorer';
import { summarizeRubric } from '../rubric/rubricSpec';
import { validateWeldingBeadEvent, weldingBeadEventSchema } from './events';
import { weldingBeadAdvice, weldingBeadJudgementAspects, weldingBeadNames, weldingBeadOccupation, weldingBeadRubric, weldingBeadTitle } from './rubric';
import { createWeldingBeadScorer } from './scorer';
import { weldingParameterIds, weldingTolerances } from './tolerances';
import { simulateWeld, type SimulatedWeldOptions } from './simulatedWelder';
import { weldingDemoPlans } from './demoPlans';

const weldingBeadParamsSchema: z.ZodType<WeldingBeadParams> = z.strictObject({});

export const weldingBeadRules: SceneRules<WeldingBeadParams, SimulatedWeldOptions> = {
  summary: summarizeRubric(weldingBeadRubric, weldingBeadTitle, weldingBeadOccupation, weldingBeadJudgementAspects),
  rubric: weldingBeadRubric,
  advice: weldingBeadAdvice,
  judgementAspects: weldingBeadJudgementAspects,
  names: weldingBeadNames,
  eventSchema: weldingBeadEventSchema,
  validateEvent: validateWeldingBeadEvent,
  paramsSchema: weldingBeadParamsSchema,
  drawParams: () => ({}),
  measuredParameters: weldingParameterIds.map((id) => ({ id, band: weldingTolerances[id] })),
  createScorer: createWeldingBeadScorer,
  // Scored on measured parameters: its review plots them, it has no procedure timeline.
  procedureSteps: [],
  timeline: () => [],
  simulate: (plan) => simulateWeld({ ...plan.hints, seed: plan.seed }),
  demoPlans: weldingDemoPlans,
};

export type { WeldingBeadParams } from './scorer';
export { createWeldingBeadScorer, minimumCoverage, seamBinCount } from './scorer';
export type { PpeData, PpeItem, TorchData } from './events';
export { ppeDataSchema, torchDataSchema, unitVectorTolerance, validateWeldingBeadEvent, weldingBeadEventSchema } from './events';
export type { TorchMeasures } from './torchMeasures';
export { createTorchMeasures, measureTorch } from './torchMeasures';
export { TravelSpeedMeter, travelSpeedMinimumSpanMs, travelSpeedWindowMs } from './travelSpeed';
export type { WeldingParameterId } from './tolerances';
export {
  coverageMaxAimOffsetMm,
  coverageMaxContactTipToWorkDistanceMm,
  cueFor,
  idealTorchPose,
  weldingParameterIds,
  weldingTolerances,
} from './tolerances';
export * from './geometry';
export { weldingBeadAdvice, weldingBeadJudgementAspects, weldingBeadRubric, weldingBeadSceneId } from './rubric';
