// The welding booth's own words (vi/en): cue labels, PPE, the desktop controls help.
import type { WeldingParameterId } from '../tolerances';

type Bilingual = { vi: string; en: string };

export const parameterLabels: Record<WeldingParameterId, Bilingual> = {
  'work-angle': { vi: 'Góc mỏ ngang', en: 'Work angle' },
  'travel-angle': { vi: 'Góc nghiêng hàn', en: 'Travel angle' },
  ctwd: { vi: 'Khoảng cách bép–phôi', en: 'Tip-to-work (CTWD)' },
  'travel-speed': { vi: 'Tốc độ hàn', en: 'Travel speed' },
  aim: { vi: 'Lệch tâm mối hàn', en: 'Aim offset' },
};

export const weldingText = {
  helmet: { vi: 'Mặt nạ hàn', en: 'Helmet' },
  gloves: { vi: 'Găng tay', en: 'Gloves' },
  worn: { vi: 'đã đeo', en: 'on' },
  notWorn: { vi: 'chưa đeo', en: 'not on' },
  cuesTitle: { vi: 'Thông số hàn', en: 'Welding parameters' },
  holdToFinish: { vi: 'Giữ nút B 1 giây: kết thúc', en: 'Hold B for 1 s: finish' },
  arcOn: { vi: 'HỒ QUANG', en: 'ARC ON' },
  pickTorch: { vi: 'Nhấp vào mỏ hàn để cầm lên', en: 'Click the torch to pick it up' },
  pickTorchTouch: { vi: 'Chạm vào mỏ hàn để cầm lên', en: 'Tap the torch to pick it up' },
  sign: { vi: 'MANG ĐỦ|BẢO HỘ', en: 'WEAR|PPE' },
  help: {
    vi: [
      'Nhấp mặt nạ / găng tay: đeo vào',
      'Nhấp mỏ hàn: cầm lên · Esc: đặt xuống',
      'Di chuột: di chuyển mỏ hàn trên mối hàn',
      'Giữ chuột trái hoặc Space: mồi hồ quang',
      'W / S: góc nghiêng hàn · A / D: góc mỏ ngang',
      'Lăn chuột hoặc Q / E: khoảng cách bép–phôi',
      'R: đặt lại tư thế chuẩn · H: ẩn/hiện trợ giúp',
    ],
    en: [
      'Click helmet / gloves: put them on',
      'Click the torch: pick it up · Esc: put it down',
      'Move the mouse: move the torch along the seam',
      'Hold left button or Space: strike the arc',
      'W / S: travel angle · A / D: work angle',
      'Wheel or Q / E: tip-to-work distance',
      'R: reset to the ideal pose · H: hide/show help',
    ],
  },
  /** The same steps with a finger: taps, a drag along the seam, the on-screen buttons. */
  touchHelp: {
    vi: [
      'Chạm mặt nạ, găng tay: đeo vào',
      'Chạm mỏ hàn: cầm lên',
      'Đặt ngón tay ở đầu mối hàn và kéo dọc mối hàn: hàn (nhấc tay: tắt hồ quang)',
      'Nút − / + bên dưới: góc nghiêng hàn, góc mỏ ngang, khoảng cách bép–phôi',
      'Nút ↺: đặt lại tư thế chuẩn',
    ],
    en: [
      'Tap the helmet and the gloves: put them on',
      'Tap the torch: pick it up',
      'Put a finger on the start of the seam and drag along it: weld (lift it: arc off)',
      'The − / + buttons below: travel angle, work angle, tip-to-work distance',
      '↺: reset to the ideal pose',
    ],
  },
  less: { vi: 'Giảm', en: 'Less' },
  more: { vi: 'Tăng', en: 'More' },
  resetPose: { vi: 'Tư thế chuẩn', en: 'Ideal pose' },
} as const;

export function formatReading(id: WeldingParameterId, value: number | null): string {
  if (value === null) return '—';
  const unit = id === 'travel-speed' ? ' mm/s' : id === 'ctwd' || id === 'aim' ? ' mm' : '°';
  return `${value.toFixed(1)}${unit}`;
}

/** Practice mode's PPE warning (safetyWarning.ts): what is missing, in the rubric's own words. */
export const safetyText = {
  title: { vi: 'NGUY HIỂM — THIẾU BẢO HỘ', en: 'DANGER — PPE MISSING' },
  without: {
    helmet: { vi: 'đội mặt nạ hàn', en: 'the helmet' },
    gloves: { vi: 'đeo găng tay', en: 'gloves' },
  },
  putOn: {
    helmet: { vi: 'đội mặt nạ hàn', en: 'put on the helmet' },
    gloves: { vi: 'đeo găng tay', en: 'put on the gloves' },
  },
  and: { vi: ' và ', en: ' and ' },
} as const;

type PpeName = keyof typeof safetyText.without;

/** Two lines for the warning: what happened (a critical error) and what to do now. */
export function safetyWarningLines(missing: readonly PpeName[], arcOn: boolean, language: 'vi' | 'en'): [string, string] {
  const without = missing.map((item) => safetyText.without[item][language]).join(safetyText.and[language]);
  const putOn = missing.map((item) => safetyText.putOn[item][language]).join(safetyText.and[language]);
  if (language === 'vi') {
    return [
      `Mồi hồ quang khi chưa ${without}: lỗi nghiêm trọng (bài thi sẽ không đạt).`,
      arcOn ? `Nhả cò ngay, ${putOn} rồi mới hàn tiếp.` : `Hãy ${putOn} trước khi hàn tiếp.`,
    ];
  }
  const capital = putOn.charAt(0).toUpperCase() + putOn.slice(1);
  return [
    `Arc struck without ${without}: a critical error (an exam would fail).`,
    arcOn ? `Release the trigger now, ${putOn}, then weld on.` : `${capital} before you weld on.`,
  ];
}
