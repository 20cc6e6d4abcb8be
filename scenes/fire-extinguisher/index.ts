// The fire-extinguisher scene (put out a small workshop fire with the PASS technique, on a fire
// class the server draws) as the rest of the system sees it.
import type { SceneRules } from '../types';
import type { FireParams } from './params';
import type { FireHints } from './simulate';
import { summarizeRubric } from '../rubric/rubricSpec';
import { fireExtinguisherEventSchema, validateFireExtinguisherEvent } from './events';
import { fireTolerances } from './fire';
import { drawFireParams, fireParamsSchema } from './params';
import {
  fireExtinguisherAdvice, fireExtinguisherJudgementAspects, fireExtinguisherNames, fireExtinguisherOccupation,
  fireExtinguisherRubric, fireExtinguisherTitle,
} from './rubric';
import { createFireExtinguisherScorer } from './scorer';
import { simulateFireExtinguisher } from './simulate';
import { fireDemoPlans } from './demoPlans';
import { fireStateSeries } from './review';

export const fireExtinguisherRules: SceneRules<FireParams, FireHints> = {
  summary: summarizeRubric(fireExtinguisherRubric, fireExtinguisherTitle, fireExtinguisherOccupation, fireExtinguisherJudgementAspects),
  rubric: fireExtinguisherRubric,
  advice: fireExtinguisherAdvice,
  judgementAspects: fireExtinguisherJudgementAspects,
  names: fireExtinguisherNames,
  eventSchema: fireExtinguisherEventSchema,
  validateEvent: validateFireExtinguisherEvent,
  paramsSchema: fireParamsSchema,
  drawParams: drawFireParams,
  measuredParameters: [
    { id: 'distance', band: fireTolerances.distance },
    { id: 'aim', band: fireTolerances.aim },
  ],
  createScorer: createFireExtinguisherScorer,
  // Scored on measured parameters and the fire's state: reviewed as plots, no procedure timeline.
  procedureSteps: [],
  timeline: () => [],
  // The fire's intensity over time and the moment it went out, plotted beside distance and aim.
  stateSeries: fireStateSeries,
  simulate: simulateFireExtinguisher,
  demoPlans: fireDemoPlans,
};

export type { Agent, FireClass, NozzleData, PickData, Vec3 } from './events';
export {
  agents, fireClasses, fireExtinguisherEventSchema, isAgent, isFireClass, nozzleDataSchema, pickDataSchema, readNozzle, readPick,
  unitVectorTolerance, validateFireExtinguisherEvent,
} from './events';
export * from './fire';
export type { FireParams } from './params';
export { drawFireParams, fireParamsSchema } from './params';
export type { FireCriterionId, FireCriticalId } from './rubric';
export {
  fireCriterionIds, fireCriticalIds, fireExtinguisherAdvice, fireExtinguisherJudgementAspects, fireExtinguisherNames, fireExtinguisherRubric,
  fireExtinguisherSceneId,
} from './rubric';
export { createFireExtinguisherScorer, extinguishWithinMs, FireFold } from './scorer';
export { fireIntensityLabel, fireOutLabel, fireStateSeries } from './review';
export { SweepWindows, sweepMinLastWindowMs, sweepMinSpanM, sweepWindowMs } from './sweep';
export type { FireHints, FireMistake, FireSkill } from './simulate';
export { simulateFireExtinguisher } from './simulate';
