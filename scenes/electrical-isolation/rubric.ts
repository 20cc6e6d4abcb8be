// The electrical-isolation rubric as data: criteria and weights, critical errors, pass mark, names,
// advice and the assessor's judgement aspects, from the customer's standard.
import type { JudgementAspect } from '../protocol/marking';
import type { LocalizedText } from '../protocol/rest';
import { defineJudgementAspects } from '../rubric/judgementAspects';
import { defineRubric } from '../rubric/rubricSpec';

export const electricalIsolationSceneId = 'electrical-isolation';

export const electricalCriticalIds = ['touched-live', 'no-ppe', 'not-proven-dead', 'energised-miswired', 'left-unsafe', 'wrong-circuit'] as const;
export type ElectricalCriticalId = (typeof electricalCriticalIds)[number];

export const electricalIsolationRubric = defineRubric({
  sceneId: electricalIsolationSceneId,
  rubricVersion: '1',
  passMark: 75,
  criteria: [
    { id: 'isolation', weight: 40, scoredBy: 'events' },
    { id: 'connections', weight: 30, scoredBy: 'events' },
    { id: 'torque', weight: 15, scoredBy: 'events' },
    { id: 'restore', weight: 15, scoredBy: 'events' },
  ],
  criticalIds: electricalCriticalIds,
});

export const electricalIsolationTitle: LocalizedText = {
  vi: 'Cách ly an toàn và thay ổ cắm điện',
  en: 'Safe isolation and replacement of a socket-outlet',
};

export const electricalIsolationOccupation = 'Điện công nghiệp / Điện dân dụng (Industrial and domestic electrical installation)';

export const electricalIsolationNames: Readonly<Record<string, LocalizedText>> = {
  isolation: { vi: 'Trình tự cách ly an toàn', en: 'Safe-isolation sequence' },
  connections: { vi: 'Đấu dây ổ cắm mới', en: 'New socket connections' },
  torque: { vi: 'Lực siết đầu cốt', en: 'Terminal torque' },
  restore: { vi: 'Đóng điện trở lại và kiểm tra', en: 'Restore and test' },
  'touched-live': { vi: 'Chạm vào dây đang có điện', en: 'Touched a live conductor' },
  'no-ppe': { vi: 'Tháo mặt che khi chưa đủ bảo hộ', en: 'Faceplate removed without gloves and glasses' },
  'not-proven-dead': { vi: 'Tháo mặt che khi chưa thử không điện', en: 'Faceplate removed before proving dead' },
  'energised-miswired': { vi: 'Đóng điện khi đấu dây sai hoặc hở', en: 'Energised while miswired' },
  'left-unsafe': { vi: 'Để lộ dây dẫn khi kết thúc', en: 'Conductors left exposed' },
  'wrong-circuit': { vi: 'Cắt nhầm mạch và để mất điện', en: 'Wrong circuit left off' },
};

export const electricalIsolationAdvice: Readonly<Record<string, LocalizedText>> = {
  isolation: {
    vi: 'Cắt điện, khóa và treo biển, kiểm tra bút thử trên nguồn chuẩn, thử không điện cả 3 cặp dây, rồi kiểm tra lại bút thử.',
    en: 'Switch off, lock and tag, prove the tester, test dead on all three pairs, then prove again.',
  },
  connections: { vi: 'Nâu vào L, xanh dương vào N, vàng-xanh lá vào E.', en: 'Brown to L, blue to N, green/yellow to E.' },
  torque: {
    vi: 'Siết vít đầu cốt 0,6–1,0 N·m: lỏng gây phát nhiệt, chặt quá làm hỏng đầu cốt.',
    en: 'Tighten terminals to 0.6–1.0 N·m: loose ones overheat, overtight ones crack.',
  },
  restore: {
    vi: 'Lắp mặt che, tháo khóa, đóng điện rồi kiểm tra ổ cắm bằng bút thử ổ cắm.',
    en: 'Refit the faceplate, remove the lock, switch on, then test the socket.',
  },
  'touched-live': {
    vi: 'Không bao giờ chạm vào dây dẫn trước khi đã cắt điện, khóa và thử không điện.',
    en: 'Never touch a conductor until the circuit is off, locked and proven dead.',
  },
  'no-ppe': {
    vi: 'Đeo găng tay cách điện và kính bảo hộ trước khi tháo mặt che.',
    en: 'Put on insulated gloves and safety glasses before removing the faceplate.',
  },
  'not-proven-dead': {
    vi: 'Thử không điện cả 3 cặp L-N, L-E, N-E khi mạch đã cắt, trước khi tháo mặt che.',
    en: 'Test dead on L-N, L-E and N-E with the circuit off before removing the faceplate.',
  },
  'energised-miswired': {
    vi: 'Chỉ đóng điện khi cả 3 dây đã bắt chắc vào đúng cực của ổ mới.',
    en: 'Switch on only once all three conductors are fixed in the right terminals of the new socket.',
  },
  'left-unsafe': {
    vi: 'Luôn lắp lại mặt che trước khi rời vị trí làm việc.',
    en: 'Always refit the faceplate before leaving the work.',
  },
  'wrong-circuit': {
    vi: 'Đọc nhãn trên tủ điện, chỉ cắt C3 (hoặc aptomat tổng) và đóng lại mạch cắt nhầm.',
    en: 'Read the board’s labels, switch off only C3 (or the main switch) and switch back on any other.',
  },
};

/** The standard's judgement aspects (exams only), word for word. */
export const electricalIsolationJudgementAspects: readonly JudgementAspect[] = defineJudgementAspects(electricalIsolationSceneId, [
  {
    id: 'workmanship',
    max: 10,
    descriptor: {
      vi: 'Đấu nối gọn gàng, đúng màu dây, không để lộ lõi đồng, dây đi gọn.',
      en: 'Neat terminations: right colours, no bare copper showing, cables dressed tidily.',
    },
  },
  {
    id: 'isolation-discipline',
    max: 10,
    descriptor: {
      vi: 'Thao tác cách ly có chủ đích: kiểm tra, khóa, treo thẻ, thông báo trước khi đóng điện lại.',
      en: 'Deliberate isolation: checks, locks, tags and announces before re-energising.',
    },
  },
]);
