// The electrical-isolation scene (safe isolation and replacement of a socket-outlet on circuit C3)
// as the rest of the system sees it.
import type { SceneRules } from '../types';
import type { ElectricalParams } from './params';
import type { ElectricalHints } from './simulate';
import { summarizeRubric } from '../rubric/rubricSpec';
import { electricalIsolationEventSchema, validateElectricalIsolationEvent } from './events';
import { electricalParamsSchema } from './params';
import {
  electricalIsolationAdvice, electricalIsolationJudgementAspects, electricalIsolationNames, electricalIsolationOccupation,
  electricalIsolationRubric, electricalIsolationTitle,
} from './rubric';
import { createElectricalIsolationScorer } from './scorer';
import { electricalProcedureSteps } from './steps';
import { electricalTimeline } from './timeline';
import { simulateElectricalIsolation } from './simulate';
import { electricalDemoPlans } from './demoPlans';

export const electricalIsolationRules: SceneRules<ElectricalParams, ElectricalHints> = {
  summary: summarizeRubric(electricalIsolationRubric, electricalIsolationTitle, electricalIsolationOccupation, electricalIsolationJudgementAspects),
  rubric: electricalIsolationRubric,
  advice: electricalIsolationAdvice,
  judgementAspects: electricalIsolationJudgementAspects,
  names: electricalIsolationNames,
  eventSchema: electricalIsolationEventSchema,
  validateEvent: validateElectricalIsolationEvent,
  paramsSchema: electricalParamsSchema,
  drawParams: () => ({}),
  // A procedure scene: reviewed as a step timeline, nothing measured against a band.
  measuredParameters: [],
  createScorer: () => createElectricalIsolationScorer(),
  procedureSteps: electricalProcedureSteps,
  timeline: (events) => electricalTimeline(events),
  simulate: simulateElectricalIsolation,
  demoPlans: electricalDemoPlans,
};

export * from './installation';
export type { ActionData, ActionName } from './events';
export {
  actionDataSchema, actionNames, conductorIds, electricalIsolationEventSchema, maxTorqueNm, ppeItems, readAction, terminalIds, testPairs, touchParts,
  validateElectricalIsolationEvent,
} from './events';
export type { ElectricalStepId } from './steps';
export { connectionStepIds, electricalProcedureSteps, isolationStepIds, restoreStepIds, torqueStepIds } from './steps';
export type { ElectricalCriticalId } from './rubric';
export { electricalCriticalIds, electricalIsolationAdvice, electricalIsolationNames, electricalIsolationRubric, electricalIsolationSceneId } from './rubric';
export type { ActionOutcome } from './scorer';
export { createElectricalIsolationScorer, ElectricalFold } from './scorer';
export { actionLabel, electricalTimeline } from './timeline';
export type { ElectricalHints, ElectricalMistake, ElectricalSkill } from './simulate';
export { simulateElectricalIsolation } from './simulate';
export type { ElectricalParams } from './params';
