// The welding-bead rubric as data: criteria and weights, critical errors, pass mark, advice.
import type { JudgementAspect } from '../protocol/marking';
import type { LocalizedText } from '../protocol/rest';
import { defineJudgementAspects } from '../rubric/judgementAspects';
import { defineRubric } from '../rubric/rubricSpec';

export const weldingBeadSceneId = 'welding-bead';

export const weldingBeadRubric = defineRubric({
  sceneId: weldingBeadSceneId,
  rubricVersion: '1',
  passMark: 70,
  criteria: [
    { id: 'work-angle', weight: 20, scoredBy: 'events' },
    { id: 'travel-angle', weight: 15, scoredBy: 'events' },
    { id: 'ctwd', weight: 20, scoredBy: 'events' },
    { id: 'travel-speed', weight: 20, scoredBy: 'events' },
    { id: 'aim', weight: 15, scoredBy: 'events' },
    { id: 'coverage', weight: 10, scoredBy: 'events' },
  ],
  criticalIds: ['arc-without-helmet', 'arc-without-gloves', 'incomplete-seam'],
});

export const weldingBeadTitle: LocalizedText = {
  vi: 'Hàn MIG/MAG giáp mối tư thế bằng (1G)',
  en: 'GMAW (MIG/MAG) butt weld, flat position (1G)',
};

export const weldingBeadOccupation = 'Hàn (Welding)';

export const weldingBeadAdvice: Readonly<Record<string, LocalizedText>> = {
  'work-angle': {
    vi: 'Giữ mỏ hàn vuông góc với mặt phôi theo phương ngang mối hàn.',
    en: 'Keep the torch square to the plate across the seam.',
  },
  'travel-angle': {
    vi: 'Nghiêng mỏ hàn về phía trước 5–15° theo hướng hàn (kỹ thuật đẩy).',
    en: 'Lean the torch 5–15° towards the travel direction (push).',
  },
  ctwd: {
    vi: 'Giữ khoảng cách bép hàn đến phôi 8–14 mm; quá xa làm hồ quang không ổn định.',
    en: 'Hold the contact tip 8–14 mm from the work; too far makes the arc unstable.',
  },
  'travel-speed': {
    vi: 'Di chuyển đều 4–8 mm/s; nhanh quá làm mối hàn mỏng, chậm quá làm chảy tràn.',
    en: 'Travel steadily at 4–8 mm/s; too fast gives a thin bead, too slow overfills.',
  },
  aim: {
    vi: 'Hướng dây hàn vào đúng tâm khe hở mối ghép.',
    en: 'Aim the wire at the centre of the joint.',
  },
  coverage: {
    vi: 'Hàn liên tục hết chiều dài mối hàn, không bỏ đoạn.',
    en: 'Weld the full length of the seam without gaps.',
  },
  'arc-without-helmet': {
    vi: 'Luôn đội mặt nạ hàn trước khi mồi hồ quang.',
    en: 'Always lower the welding helmet before striking the arc.',
  },
  'arc-without-gloves': {
    vi: 'Luôn đeo găng tay hàn trước khi mồi hồ quang.',
    en: 'Always wear welding gloves before striking the arc.',
  },
  'incomplete-seam': {
    vi: 'Mối hàn phải phủ ít nhất 90% chiều dài đường hàn.',
    en: 'The bead must cover at least 90% of the seam.',
  },
};

/** What each criterion and critical error is called, for result screens and reports. */
export const weldingBeadNames: Readonly<Record<string, LocalizedText>> = {
  'work-angle': { vi: 'Góc mỏ hàn ngang mối hàn', en: 'Work angle' },
  'travel-angle': { vi: 'Góc nghiêng theo hướng hàn', en: 'Travel angle' },
  ctwd: { vi: 'Khoảng cách bép hàn – phôi', en: 'Contact-tip-to-work distance' },
  'travel-speed': { vi: 'Tốc độ hàn', en: 'Travel speed' },
  aim: { vi: 'Độ chính xác đường hàn', en: 'Aim on the seam' },
  coverage: { vi: 'Độ phủ mối hàn', en: 'Seam coverage' },
  'arc-without-helmet': { vi: 'Mồi hồ quang khi chưa đội mặt nạ hàn', en: 'Arc struck without the helmet' },
  'arc-without-gloves': { vi: 'Mồi hồ quang khi chưa đeo găng tay', en: 'Arc struck without gloves' },
  'incomplete-seam': { vi: 'Mối hàn chưa phủ đủ 90% chiều dài', en: 'Bead covers less than 90% of the seam' },
};

/** The standard's "Judgement aspects" (exams only; standards/MARKING.md), word for word. */
export const weldingBeadJudgementAspects: readonly JudgementAspect[] = defineJudgementAspects(weldingBeadSceneId, [
  {
    id: 'bead-appearance',
    max: 10,
    descriptor: {
      vi: 'Mối hàn đều: bề rộng và vảy hàn đồng đều, không khuyết cạnh, rỗ khí hay bắn tóe nhìn thấy được.',
      en: 'Uniform bead: even width and ripples, no visible undercut, porosity or spatter.',
    },
  },
  {
    id: 'work-practice',
    max: 10,
    descriptor: {
      vi: 'Thao tác an toàn, gọn gàng: cầm mỏ và cáp hàn đúng cách, tư thế vững, bảo hộ suốt quá trình.',
      en: 'Safe, orderly practice: torch and cable handled correctly, steady posture, PPE throughout.',
    },
  },
]);
