// The review timeline: one entry per action, labelled in words, with the step it completed or
// attempted and the critical errors it caused, read off the scorer's own fold (ElectricalFold).
import type { AttemptEvent } from '../rubric/events';
import type { LocalizedText } from '../protocol/rest';
import type { TimelineEntry } from '../rubric/timeline';
import type { ActionData } from './events';
import type { ActionOutcome } from './scorer';
import { CriticalLog } from '../rubric/criteria/criticalLog';
import { ElectricalFold } from './scorer';
import { electricalIsolationRubric } from './rubric';

const conductorWords: Readonly<Record<string, LocalizedText>> = {
  L: { vi: 'dây nâu (L)', en: 'brown (L)' },
  N: { vi: 'dây xanh dương (N)', en: 'blue (N)' },
  PE: { vi: 'dây vàng-xanh lá (PE)', en: 'green/yellow (PE)' },
  terminal: { vi: 'cực đấu dây', en: 'a terminal' },
};
const circuitWords = (circuit: string): LocalizedText => (circuit === 'main' ? { vi: 'Aptomat tổng', en: 'Main switch' } : { vi: circuit, en: circuit });
const socketResultWords: Readonly<Record<string, LocalizedText>> = {
  ok: { vi: 'đúng', en: 'correct' },
  'no-power': { vi: 'không có điện', en: 'no power' },
  miswired: { vi: 'đấu sai', en: 'miswired' },
};

function words(outcome: ActionOutcome): LocalizedText {
  const a: ActionData = outcome.action;
  switch (a.name) {
    case 'ppe': {
      const item = a.item === 'gloves' ? { vi: 'găng tay cách điện', en: 'Insulated gloves' } : { vi: 'kính bảo hộ', en: 'Safety glasses' };
      return a.worn ? { vi: `Đeo ${item.vi}`, en: `${item.en} put on` } : { vi: `Tháo ${item.vi}`, en: `${item.en} taken off` };
    }
    case 'breaker': {
      const c = circuitWords(a.circuit);
      return a.on ? { vi: `Đóng ${c.vi}`, en: `${c.en} switched on` } : { vi: `Cắt ${c.vi}`, en: `${c.en} switched off` };
    }
    case 'lock': {
      const c = circuitWords(a.circuit);
      return a.applied ? { vi: `Khóa và treo biển ${c.vi}`, en: `Padlock applied to ${c.en}` } : { vi: `Tháo khóa ${c.vi}`, en: `Padlock removed from ${c.en}` };
    }
    case 'prove':
      return { vi: 'Kiểm tra bút thử trên nguồn chuẩn', en: 'Tester proved' };
    case 'test-dead':
      return { vi: `Thử không điện ${a.pair} (${outcome.volts} V)`, en: `Tested dead ${a.pair} (${outcome.volts} V)` };
    case 'faceplate':
      return a.removed ? { vi: 'Tháo mặt che ổ cắm', en: 'Faceplate removed' } : { vi: 'Lắp mặt che ổ cắm', en: 'Faceplate refitted' };
    case 'touch':
      return { vi: `Tay chạm ${conductorWords[a.part]!.vi}`, en: `Hand on ${conductorWords[a.part]!.en}` };
    case 'connect':
      return { vi: `Bắt ${conductorWords[a.conductor]!.vi} vào cực ${a.terminal}`, en: `${conductorWords[a.conductor]!.en} connected to terminal ${a.terminal}` };
    case 'disconnect':
      return { vi: `Tháo ${conductorWords[a.conductor]!.vi}`, en: `${conductorWords[a.conductor]!.en} disconnected` };
    case 'torque':
      return { vi: `Siết cực ${a.terminal} ${String(a.nm).replace('.', ',')} N·m`, en: `Terminal ${a.terminal} tightened to ${a.nm} N·m` };
    case 'socket-test': {
      const result = socketResultWords[outcome.socketResult ?? 'no-power']!;
      return { vi: `Kiểm tra ổ cắm: ${result.vi}`, en: `Socket tested: ${result.en}` };
    }
  }
}

function capitalised(text: LocalizedText): LocalizedText {
  return { vi: text.vi.charAt(0).toUpperCase() + text.vi.slice(1), en: text.en.charAt(0).toUpperCase() + text.en.slice(1) };
}

/** The label of an action, marked when the workshop ignored it (a locked breaker, a screw behind the faceplate). */
export function actionLabel(outcome: ActionOutcome): LocalizedText {
  const label = capitalised(words(outcome));
  // A touch, a prove or a test never changes the installation; only a physical action can be refused.
  const refusable = !['touch', 'prove', 'test-dead', 'socket-test'].includes(outcome.action.name);
  if (outcome.effective || !refusable) return label;
  return { vi: `${label.vi} (không có tác dụng)`, en: `${label.en} (no effect)` };
}

/** One entry per action event; errors judged at the end go on the last action's entry. */
export function electricalTimeline(events: readonly AttemptEvent[]): TimelineEntry[] {
  const fold = new ElectricalFold();
  const critical = new CriticalLog(new Set(electricalIsolationRubric.criticalIds));
  const entries: { seq: number; t: number; label: LocalizedText; step?: TimelineEntry['step']; critical?: string[] }[] = [];
  for (const event of events) {
    const before = critical.list().length;
    const outcome = fold.push(event, critical);
    if (!outcome) continue;
    const raised = critical.list().slice(before).map((error) => error.id);
    entries.push({
      seq: event.seq,
      t: event.t,
      label: actionLabel(outcome),
      ...(outcome.step ? { step: { ...outcome.step } } : {}),
      ...(raised.length > 0 ? { critical: raised } : {}),
    });
  }
  const last = entries.at(-1);
  const atEnd = fold.endOfAttemptCriticals().map((error) => error.id);
  if (last && atEnd.length > 0) last.critical = [...(last.critical ?? []), ...atEnd];
  return entries;
}
