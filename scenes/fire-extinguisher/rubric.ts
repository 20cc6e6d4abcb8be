// The fire-extinguisher rubric as data: criteria and weights, critical errors, pass mark, names,
// advice and the assessor's judgement aspects, from the standard.
import type { JudgementAspect } from '../protocol/marking';
import type { LocalizedText } from '../protocol/rest';
import { defineJudgementAspects } from '../rubric/judgementAspects';
import { defineRubric } from '../rubric/rubricSpec';

export const fireExtinguisherSceneId = 'fire-extinguisher';

export const fireCriterionIds = ['alarm', 'agent', 'pin', 'distance', 'aim', 'sweep', 'extinguished'] as const;
export type FireCriterionId = (typeof fireCriterionIds)[number];

export const fireCriticalIds = ['wrong-agent', 'too-close', 'fire-not-out'] as const;
export type FireCriticalId = (typeof fireCriticalIds)[number];

export const fireExtinguisherRubric = defineRubric({
  sceneId: fireExtinguisherSceneId,
  rubricVersion: '1',
  passMark: 70,
  criteria: [
    { id: 'alarm', weight: 10, scoredBy: 'events' },
    { id: 'agent', weight: 25, scoredBy: 'events' },
    { id: 'pin', weight: 5, scoredBy: 'events' },
    { id: 'distance', weight: 15, scoredBy: 'events' },
    { id: 'aim', weight: 20, scoredBy: 'events' },
    { id: 'sweep', weight: 10, scoredBy: 'events' },
    { id: 'extinguished', weight: 15, scoredBy: 'events' },
  ],
  criticalIds: fireCriticalIds,
});

export const fireExtinguisherTitle: LocalizedText = {
  vi: 'Dập đám cháy nhỏ trong xưởng bằng bình chữa cháy (kỹ thuật PASS)',
  en: 'Put out a small workshop fire with an extinguisher (PASS technique)',
};

export const fireExtinguisherOccupation = 'An toàn lao động – Phòng cháy chữa cháy (Occupational safety and fire fighting)';

/** What each criterion and critical error is called, for result screens and reports. */
export const fireExtinguisherNames: Readonly<Record<string, LocalizedText>> = {
  alarm: { vi: 'Báo động trước khi chữa cháy', en: 'Alarm raised first' },
  agent: { vi: 'Chọn đúng loại bình', en: 'Extinguisher choice' },
  pin: { vi: 'Rút chốt an toàn', en: 'Safety pin pulled' },
  distance: { vi: 'Khoảng cách đến đám cháy', en: 'Distance from the fire' },
  aim: { vi: 'Hướng vòi vào gốc lửa', en: 'Aim at the base' },
  sweep: { vi: 'Quét vòi qua lại', en: 'Sweeping' },
  extinguished: { vi: 'Dập tắt đám cháy', en: 'Fire put out' },
  'wrong-agent': { vi: 'Dùng sai loại bình (nước hoặc bọt)', en: 'Wrong extinguisher (water or foam)' },
  'too-close': { vi: 'Đứng quá gần đám cháy (dưới 1 m)', en: 'Too close to the fire (under 1 m)' },
  'fire-not-out': { vi: 'Đám cháy chưa được dập tắt', en: 'Fire not put out' },
};

/** The standard's advice per criterion, word for word; the critical errors' in the same spirit. */
export const fireExtinguisherAdvice: Readonly<Record<string, LocalizedText>> = {
  alarm: { vi: 'Báo động cho mọi người trước khi chữa cháy.', en: 'Raise the alarm before you fight the fire.' },
  agent: {
    vi: 'Chọn bình phù hợp: điện dùng CO2 hoặc bột; chất lỏng dùng bọt hoặc bột; không dùng nước cho điện và xăng dầu.',
    en: 'Match the extinguisher: CO2 or powder for electrical, foam or powder for liquids; never water on electrical or liquid fires.',
  },
  pin: { vi: 'Rút chốt an toàn trước khi bóp cò.', en: 'Pull the pin before you squeeze.' },
  distance: { vi: 'Đứng cách đám cháy 1,5–3 m.', en: 'Stand 1.5–3 m from the fire.' },
  aim: { vi: 'Hướng vòi vào gốc lửa, không phải ngọn lửa.', en: 'Aim at the base of the fire, not the flames.' },
  sweep: { vi: 'Quét vòi qua lại trên gốc lửa.', en: 'Sweep the nozzle from side to side across the base.' },
  extinguished: { vi: 'Tiếp tục phun cho đến khi lửa tắt hẳn.', en: 'Keep discharging until the fire is fully out.' },
  'wrong-agent': {
    vi: 'Không bao giờ phun nước vào đám cháy chất lỏng hay thiết bị điện, không phun bọt vào thiết bị điện: dùng CO2 hoặc bột.',
    en: 'Never use water on a liquid or electrical fire, nor foam on electrical equipment: use CO2 or powder.',
  },
  'too-close': {
    vi: 'Không tiến lại gần hơn 1 m: đứng cách đám cháy 1,5–3 m và giữ lối thoát phía sau.',
    en: 'Never go closer than 1 m: stand 1.5–3 m from the fire with the exit behind you.',
  },
  'fire-not-out': {
    vi: 'Tiếp tục phun vào gốc lửa cho đến khi lửa tắt hẳn; nếu không dập được, rời khỏi khu vực và gọi cứu hỏa.',
    en: 'Keep discharging at the base until the fire is fully out; if you cannot, leave and call the fire brigade.',
  },
};

/** The standard's judgement aspects (exams only), word for word. */
export const fireExtinguisherJudgementAspects: readonly JudgementAspect[] = defineJudgementAspects(fireExtinguisherSceneId, [
  {
    id: 'situational-awareness',
    max: 10,
    descriptor: {
      vi: 'Quan sát xung quanh, giữ lối thoát phía sau, cảnh báo người khác.',
      en: 'Watches the surroundings, keeps the exit behind, warns others.',
    },
  },
  {
    id: 'technique',
    max: 10,
    descriptor: {
      vi: 'Tư thế vững, phun có kiểm soát, theo dõi cháy lại sau khi dập.',
      en: 'Steady stance, controlled discharge, watches for re-ignition after the fire is out.',
    },
  },
]);
