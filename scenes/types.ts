// What a scene is to the rest of the system: its catalogue entry, event checks, server-chosen
// parameters and scorer. The server and the client program against this, never a scene's insides.
import type { z } from 'zod';
import type { JudgementAspect } from './protocol/marking';
import type { LocalizedText, SceneSummary } from './protocol/rest';
import type { SceneEventShape } from './rubric/events';
import type { LiveScorer } from './rubric/liveScorer';
import type { RubricSpec } from './rubric/rubricSpec';
import type { MeasuredParameter, ParameterTrace } from './rubric/trace';
import type { AttemptEvent } from './rubric/events';
import type { DemoPlan, SimulationPlan } from './rubric/simulation';
import type { ProcedureStep, TimelineEntry } from './rubric/timeline';
import type { StateSeries } from './rubric/stateSeries';

export interface SceneRules<Params = unknown, Hints = object> {
  /** The GET /api/scenes entry. */
  readonly summary: SceneSummary;
  readonly rubric: RubricSpec;
  /** Advice per criterion id and per critical-error id, from the standard's advice table. */
  readonly advice: Readonly<Record<string, LocalizedText>>;
  /** The standard's judgement aspects for exams (their `max` add up to 20; standards/MARKING.md). */
  readonly judgementAspects: readonly JudgementAspect[];
  /** Display names per criterion id and per critical-error id. */
  readonly names: Readonly<Record<string, LocalizedText>>;
  /** Checks one event's `{type, data}`: known types exactly, unknown types need a plain object. */
  readonly eventSchema: z.ZodType<SceneEventShape>;
  /** Checks a whole event (envelope and data): undefined when fine, else a message naming the field. */
  validateEvent(event: unknown): string | undefined;
  /** The attempt's server-chosen parameters (an empty object for a scene without variants). */
  readonly paramsSchema: z.ZodType<Params>;
  /** Draws the parameters of a new attempt; `random` returns numbers in [0, 1). */
  drawParams(random: () => number): Params;
  /** The parameters the scene measures against a tolerance band, for review plots (may be empty). */
  readonly measuredParameters: readonly MeasuredParameter[];
  /**
   * A fresh scorer for one attempt, given the server's stored copy of its parameters; `trace`
   * hears every measured value the fold judges (review plots), and changes nothing in the score.
   */
  createScorer(params: Params, trace?: ParameterTrace): LiveScorer;
  /**
   * The steps of the scene's scored procedures, for the review timeline (empty for a scene scored
   * on measured parameters only). Every scene has measured parameters, steps, or both.
   */
  readonly procedureSteps: readonly ProcedureStep[];
  /** The attempt's actions at their times from the scoring fold (empty for a scene without steps). */
  timeline(events: readonly AttemptEvent[], params: Params): TimelineEntry[];
  /**
   * Optional: the scene's own state over the attempt (no band; e.g. the fire's intensity with the
   * moment it went out), from the scoring fold over the log, plotted on the session review.
   */
  stateSeries?(events: readonly AttemptEvent[], params: Params): StateSeries[];
  /** A synthetic attempt's log (seq from 1, t ascending), for demo data, benchmarks and tests. */
  simulate(plan: SimulationPlan<Params, Hints>): AttemptEvent[];
  /** Demo attempts per demo student (index 0 = student1), oldest first, made with `simulate`. */
  readonly demoPlans: readonly (readonly DemoPlan<Hints>[])[];
}
