// A procedure scene for the review timeline's tests: the rubric tests' tank scene with its valve
// procedure (open → check → close) declared as steps and a timeline() folded like its scorer:
// a step counts only when it is the next one, an overflow reading is a critical error.
import type { AttemptEvent } from '../../../../../scenes/rubric/events';
import type { TimelineEntry } from '../../../../../scenes/rubric/timeline';
import type { SceneRules } from '../../../../../scenes/types';
import { OrderedProcedure } from '../../../../../scenes/rubric/criteria/orderedProcedure';
import { tankRules, type TankParams } from '../../../scenes/rubric/support/tankScene';

const valveSteps = ['open', 'check', 'close'] as const;
const stepNames = {
  open: { vi: 'Mở van', en: 'Open the valve' },
  check: { vi: 'Kiểm tra mức', en: 'Check the level' },
  close: { vi: 'Đóng van', en: 'Close the valve' },
};

function valveTimeline(events: readonly AttemptEvent[], params: TankParams): TimelineEntry[] {
  const valve = new OrderedProcedure<(typeof valveSteps)[number]>(valveSteps);
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if (event.type === 'step') {
      const id = event.data.name as (typeof valveSteps)[number];
      const inOrder = valve.complete(id, event.t);
      entries.push({ seq: event.seq, t: event.t, label: stepNames[id], step: { criterionId: 'valve', id, inOrder } });
    } else if (event.type === 'reading' && (event.data.level as number) > 90) {
      entries.push({ seq: event.seq, t: event.t, label: { vi: `Mức ${String(event.data.level)}`, en: `Level ${String(event.data.level)}` }, critical: ['overflow'] });
    } else if (event.type === 'seal') {
      entries.push({ seq: event.seq, t: event.t, label: { vi: 'Đậy bể', en: 'Tank sealed' } });
    }
  }
  void params;
  return entries;
}

export const valveRules: SceneRules<TankParams> = {
  ...tankRules,
  names: {
    valve: { vi: 'Quy trình van', en: 'Valve procedure' },
    overflow: { vi: 'Tràn bể', en: 'Overflow' },
    unsealed: { vi: 'Bể không được đậy', en: 'Tank left unsealed' },
  },
  procedureSteps: valveSteps.map((id) => ({ criterionId: 'valve', id, name: stepNames[id] })),
  timeline: valveTimeline,
};
