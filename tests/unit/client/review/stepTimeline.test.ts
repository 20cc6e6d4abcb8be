// The review's step timeline as data: actions at mm:ss with labels in the UI language, steps in
// or out of order as the fold judged them, critical errors at their action (and those judged on
// the whole attempt as their own row), and per procedure the steps that counted.
import { describe, expect, it } from 'vitest';
import { clockTime, stepTimelineView } from '../../../../client/pages/review/stepTimeline';
import { findScene } from '../../../../scenes/registry';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';
import { numbered } from '../../scenes/rubric/support/tankScene';
import { valveRules } from './support/valveScene';

const params = { highLevel: 70 };
// check before open (out of order), then open, check, an overflow, close; never sealed.
const events = numbered([
  { t: 1_000, type: 'step', data: { name: 'check' } },
  { t: 4_500, type: 'step', data: { name: 'open' } },
  { t: 9_999, type: 'reading', data: { level: 95 } },
  { t: 61_000, type: 'step', data: { name: 'check' } },
  { t: 75_000, type: 'reading', data: { level: 50 } },
]);

describe('step timeline view', () => {
  it('writes times as mm:ss', () => {
    expect([clockTime(0), clockTime(9_999), clockTime(61_000), clockTime(3_725_000)]).toEqual(['00:00', '00:09', '01:01', '62:05']);
  });

  it('shows each action at its time, in order or out of order, with the critical error at its action', () => {
    const report = scoreLog(valveRules, events, params);
    const view = stepTimelineView(valveRules, events, params, 'en', report.critical)!;
    expect(view.rows.map((r) => [r.time, r.label, r.step?.inOrder, r.critical.map((c) => c.name)])).toEqual([
      ['00:01', 'Check the level', false, []],
      ['00:04', 'Open the valve', true, []],
      ['00:09', 'Level 95', undefined, ['Overflow']],
      ['01:01', 'Check the level', true, []],
      // never sealed: judged on the attempt as a whole, at its last event, after that moment's actions
      ['01:15', 'Tank left unsealed', undefined, ['Tank left unsealed']],
    ]);
    expect(view.rows.at(-1)!.seq).toBe(0);
    expect(view.outOfOrder).toBe(1);
    expect(view.critical).toBe(2);
  });

  it('lists per procedure the steps that counted and when, agreeing with the score', () => {
    const view = stepTimelineView(valveRules, events, params, 'vi')!;
    expect(view.checklists).toEqual([
      {
        criterionId: 'valve',
        name: 'Quy trình van',
        counted: 2,
        steps: [
          { id: 'open', name: 'Mở van', countedAt: 4_500 },
          { id: 'check', name: 'Kiểm tra mức', countedAt: 61_000 },
          { id: 'close', name: 'Đóng van', countedAt: undefined },
        ],
      },
    ]);
    const valve = scoreLog(valveRules, events, params).criteria.find((c) => c.id === 'valve')!;
    expect(valve.score).toBeCloseTo(view.checklists[0]!.counted / view.checklists[0]!.steps.length);
  });

  it('labels in the UI language', () => {
    expect(stepTimelineView(valveRules, events, params, 'vi')!.rows[0]!.label).toBe('Kiểm tra mức');
  });

  it('is null for a scene without procedure steps, or when the parameters fail the scene schema', () => {
    expect(stepTimelineView(weldingBeadRules, simulateWeld({ seed: 1 }), {}, 'en')).toBeNull();
    expect(stepTimelineView(valveRules, events, { highLevel: 'high' }, 'en')).toBeNull();
  });
});

describe('step timeline of electrical isolation attempts', () => {
  const rules = findScene('electrical-isolation')!;
  const attempt = (seed: number, hints: object) => {
    const params: unknown = rules.drawParams(createSeededRandom(seed));
    const events = rules.simulate({ seed, params, hints });
    const report = scoreLog(rules, events, params);
    return { report, view: stepTimelineView(rules, events, params, 'vi', report.critical)! };
  };

  it('shows a careless attempt: steps out of order and the critical error at the faceplate', () => {
    const { report, view } = attempt(1102, { skill: 'careless', mistake: 'no-ppe' });
    expect(report.critical.map((c) => c.id)).toEqual(['no-ppe']);
    expect(view.outOfOrder).toBeGreaterThan(0);
    const critical = view.rows.filter((row) => row.critical.length > 0);
    expect(critical.map((row) => [row.t, row.critical.map((c) => c.id)])).toEqual([[report.critical[0]!.t, ['no-ppe']]]);
    expect(critical[0]!.label).toMatch(/mặt che/);
    expect(view.checklists.map((c) => c.criterionId)).toEqual(['isolation', 'connections', 'torque', 'restore']);
  });

  it('counts the steps each criterion scored, for every demo plan and more', () => {
    const plans = [...rules.demoPlans.flat(), ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ({ seed, hints: { skill: ['novice', 'careless', 'competent', 'expert'][seed % 4] } }))];
    for (const plan of plans) {
      const { report, view } = attempt(plan.seed, plan.hints ?? {});
      for (const list of view.checklists) {
        const score = report.criteria.find((c) => c.id === list.criterionId)!.score;
        expect(list.counted / list.steps.length, `seed ${plan.seed} ${list.criterionId}`).toBeCloseTo(score, 4);
      }
    }
  });
});
