// A toy scene that uses every criterion kind of the scoring language, for the rubric's own tests:
// a tank whose level is sampled (time in tolerance), a dipstick that visits positions
// (coverage), a valve procedure (ordered steps), an overflow and an unsealed tank (critical
// errors, one at first occurrence and one at the end) and an assessor's tidiness mark.
import { z } from 'zod';
import type { AttemptEvent } from '../../../../../scenes/rubric/events';
import type { AttemptFold, LiveScorer } from '../../../../../scenes/rubric/liveScorer';
import type { CriticalLog } from '../../../../../scenes/rubric/criteria/criticalLog';
import type { SceneRules } from '../../../../../scenes/types';
import { createEventSchema, createEventValidator } from '../../../../../scenes/rubric/events';
import { createLiveScorer } from '../../../../../scenes/rubric/liveScorer';
import { defineRubric, summarizeRubric } from '../../../../../scenes/rubric/rubricSpec';
import { TimeInTolerance } from '../../../../../scenes/rubric/criteria/timeInTolerance';
import { BinCoverage } from '../../../../../scenes/rubric/criteria/binCoverage';
import { OrderedProcedure } from '../../../../../scenes/rubric/criteria/orderedProcedure';

export const tankRubric = defineRubric({
  sceneId: 'tank',
  rubricVersion: '1',
  passMark: 60,
  criteria: [
    { id: 'level', weight: 40, scoredBy: 'events' },
    { id: 'dipstick', weight: 20, scoredBy: 'events' },
    { id: 'valve', weight: 30, scoredBy: 'events' },
    { id: 'tidiness', weight: 10, scoredBy: 'judgement' },
  ],
  criticalIds: ['overflow', 'unsealed'],
});

export interface TankParams {
  /** Upper limit of the good level; drawn by the server. */
  highLevel: number;
}

const valveSteps = ['open', 'check', 'close'] as const;

class TankFold implements AttemptFold {
  private readonly level = new TimeInTolerance(200);
  private readonly dipstick = new BinCoverage(0, 1, 10);
  private readonly valve = new OrderedProcedure<(typeof valveSteps)[number]>(valveSteps);
  private sealed = false;

  constructor(private readonly params: TankParams) {}

  push(event: AttemptEvent, critical: CriticalLog): void {
    const data = event.data;
    if (event.type === 'reading') {
      const value = data.level as number;
      this.level.sample(event.t, value >= 40 && value <= this.params.highLevel);
      if (value > 90) critical.raise('overflow', event.t, `level ${value} overflowed`);
    } else if (event.type === 'gap') {
      this.level.sample(event.t, undefined);
    } else if (event.type === 'dip') {
      this.dipstick.mark(data.x as number);
    } else if (event.type === 'step') {
      this.valve.complete(data.name as (typeof valveSteps)[number], event.t);
    } else if (event.type === 'seal') {
      this.sealed = true;
      this.valve.close();
    }
  }

  criterionScores(): Readonly<Record<string, number>> {
    return { level: this.level.score(), dipstick: this.dipstick.score(), valve: this.valve.score() };
  }

  endOfAttemptCriticals(): readonly { id: string; message: string }[] {
    return this.sealed ? [] : [{ id: 'unsealed', message: 'the tank was left unsealed' }];
  }
}

const eventSchema = createEventSchema({
  reading: z.strictObject({ level: z.number() }),
  gap: z.strictObject({}),
  dip: z.strictObject({ x: z.number() }),
  step: z.strictObject({ name: z.enum(valveSteps) }),
  seal: z.strictObject({}),
});

export const tankRules: SceneRules<TankParams> = {
  summary: summarizeRubric(tankRubric, { vi: 'Bể chứa', en: 'Tank' }, 'Test'),
  rubric: tankRubric,
  advice: {},
  judgementAspects: [],
  names: {},
  eventSchema,
  validateEvent: createEventValidator(eventSchema),
  paramsSchema: z.strictObject({ highLevel: z.number().min(40).max(100) }),
  drawParams: (random) => ({ highLevel: 50 + Math.floor(random() * 30) }),
  measuredParameters: [],
  createScorer: (params: TankParams): LiveScorer => createLiveScorer(tankRubric, new TankFold(params)),
  procedureSteps: [],
  timeline: () => [],
  simulate: (plan) => numbered([{ t: 0, type: 'reading', data: { level: plan.params.highLevel - 1 } }]),
  demoPlans: [],
};

/** Numbers events 1..n in order. */
export function numbered(events: readonly Omit<AttemptEvent, 'seq'>[]): AttemptEvent[] {
  return events.map((event, index) => ({ seq: index + 1, ...event }));
}
