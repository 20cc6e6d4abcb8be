// The scoring language: criterion kinds, the fold over events, the ScoreReport. Scenes build
// their rules from these parts; the server and client score through LiveScorer and scoreLog.
export type { AttemptEvent, SceneEventShape } from './events';
export {
  attemptEventEnvelopeSchema,
  createEventSchema,
  createEventValidator,
  formatIssuePath,
  hasValidEnvelope,
  isPlainObject,
  plainObjectSchema,
} from './events';
export type { CriterionResult, CriticalError, ScoreReport } from './report';
export { assembleScoreReport } from './report';
export type { CriterionSource, CriterionSpec, RubricSpec } from './rubricSpec';
export { defineRubric, summarizeRubric } from './rubricSpec';
export type { AttemptFold, LiveScorer, ReportOptions } from './liveScorer';
export { createLiveScorer } from './liveScorer';
export type { ParamsReading } from './scoreLog';
export { readSceneParams, reviewLog, reviewStateSeries, scoreLog } from './scoreLog';
export type { StateMarker, StateSeries } from './stateSeries';
export type { MeasuredParameter, ParameterSeries, ParameterTrace } from './trace';
export { createSeriesRecorder } from './trace';
export type { Cue, ToleranceBand } from './tolerance';
export { amberMargin, cueForBand, cueLimits, isWithinTolerance, toleranceSlack } from './tolerance';
export type { SampleVerdict } from './criteria/timeInTolerance';
export { TimeInTolerance } from './criteria/timeInTolerance';
export { BinCoverage } from './criteria/binCoverage';
export { OrderedProcedure } from './criteria/orderedProcedure';
export { CriticalLog } from './criteria/criticalLog';
export { SlidingSampleWindow } from './slidingWindow';
export { createGaussianNoise, createSeededRandom } from './seededRandom';
