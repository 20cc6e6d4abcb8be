// The fire workshop's own words, Vietnamese and English: the fire, the cues, notices, controls.
import type { Bilingual } from '../../../client/workshop/kit';
import type { FireClass } from '../events';
import type { DistanceCue, NoticeId } from './session';

export const fireClassText: Readonly<Record<FireClass, Bilingual>> = {
  A: { vi: 'Đám cháy loại A: gỗ, giấy', en: 'Class A fire: wood and paper' },
  B: { vi: 'Đám cháy loại B: chất lỏng dễ cháy', en: 'Class B fire: flammable liquid' },
  electrical: { vi: 'Đám cháy thiết bị điện đang có điện', en: 'Electrical fire: energised equipment' },
};

export const fireText = {
  statusTitle: { vi: 'Chữa cháy', en: 'Fire fighting' },
  holding: { vi: 'Đang cầm', en: 'Holding' },
  nothing: { vi: 'không có', en: 'nothing' },
  pin: { vi: 'Chốt an toàn', en: 'Safety pin' },
  pinIn: { vi: 'chưa rút', en: 'in' },
  pinOut: { vi: 'đã rút', en: 'pulled' },
  agentLeft: { vi: 'Còn lại', en: 'Agent left' },
  seconds: { vi: 'giây', en: 's' },
  distance: { vi: 'Khoảng cách', en: 'Distance' },
  aim: { vi: 'Hướng vòi', en: 'Aim' },
  aimBase: { vi: 'vào gốc lửa ✓', en: 'at the base ✓' },
  aimOff: { vi: 'chưa vào gốc lửa', en: 'not at the base' },
  aimNone: { vi: 'hướng vòi xuống gốc lửa', en: 'point the nozzle down at the base' },
  sweep: { vi: 'Quét vòi', en: 'Sweep' },
  sweeping: { vi: 'đang quét ✓', en: 'sweeping ✓' },
  notSweeping: { vi: 'quét qua lại!', en: 'sweep side to side!' },
  alarm: { vi: 'Báo cháy', en: 'Alarm' },
  alarmOn: { vi: 'đã báo', en: 'raised' },
  alarmOff: { vi: 'chưa báo', en: 'not raised' },
  fire: { vi: 'Đám cháy', en: 'Fire' },
  fireOut: { vi: 'ĐÃ TẮT', en: 'OUT' },
  burning: { vi: 'đang cháy', en: 'burning' },
  pullPin: { vi: 'Rút chốt (P)', en: 'Pull pin (P)' },
  squeeze: { vi: 'Bóp cò (giữ)', en: 'Squeeze (hold)' },
  putBack: { vi: 'Đặt lại', en: 'Put back' },
  walk: { vi: 'Đi tới', en: 'Walk forward' },
  walkBack: { vi: 'Lùi', en: 'Step back' },
  turnLeft: { vi: 'Quay trái', en: 'Turn left' },
  turnRight: { vi: 'Quay phải', en: 'Turn right' },
  adviceTitle: { vi: 'Hướng dẫn', en: 'Advice' },
  controlsTitle: { vi: 'Cách thao tác', en: 'How to work' },
  rackSign: { vi: 'BÌNH CHỮA CHÁY', en: 'FIRE EXTINGUISHERS' },
  exitSign: { vi: 'LỐI THOÁT', en: 'EXIT' },
  callPointSign: { vi: 'BÁO CHÁY', en: 'FIRE ALARM' },
  alarmRinging: { vi: 'CHUÔNG ĐANG KÊU', en: 'ALARM RINGING' },
  unknownClass: { vi: 'Máy chủ không gửi loại đám cháy.', en: 'The server sent no fire class.' },
  controls: {
    vi: [
      'Đi: W A S D hoặc phím mũi tên; quay: Q / E (← →); tay không: bấm xuống sàn để đi tới đó.',
      'Bấm một bình trên giá để cầm (bấm lại móc trống, Esc hoặc chuột phải để đặt lại). Bấm nút báo cháy màu đỏ (hoặc F).',
      'Rút chốt: bấm vào chốt vàng hoặc phím P. Di chuột để hướng vòi, giữ chuột trái (hoặc Space) để bóp cò.',
      'Kính VR: bóp tay cầm hoặc tia cò để cầm bình; tay kia chạm/bóp chốt; cò để phun. Cần tay phải gạt: quay 30°; tia cò xuống sàn: dịch chuyển.',
    ],
    en: [
      'Walk: W A S D or the arrow keys; turn: Q / E (← →); with empty hands, click the floor to walk there.',
      'Click an extinguisher on the rack to take it (its empty hook, Esc or a right click puts it back). Press the red call point (or F).',
      'Pull the pin: click the yellow pin or press P. Move the mouse to aim, hold the left button (or Space) to squeeze.',
      'Headset: squeeze the grip or point the trigger ray to take one; the other hand pokes or grabs the pin; the trigger discharges. Right stick: turn 30°; trigger arc onto the floor: teleport.',
    ],
  },
} as const satisfies Record<string, unknown>;

export const distanceText: Readonly<Record<DistanceCue, Bilingual>> = {
  'too-close': { vi: 'QUÁ GẦN — lùi lại!', en: 'TOO CLOSE — step back!' },
  near: { vi: 'hơi gần (1,5–3 m)', en: 'a little close (1.5–3 m)' },
  ok: { vi: 'tốt (1,5–3 m) ✓', en: 'good (1.5–3 m) ✓' },
  far: { vi: 'xa quá (1,5–3 m)', en: 'too far (1.5–3 m)' },
};

export const noticeText: Readonly<Record<NoticeId, Bilingual>> = {
  goCloser: { vi: 'Đến gần hơn để với tới.', en: 'Go closer to reach it.' },
  pinFirst: { vi: 'Chốt an toàn chưa rút: rút chốt trước khi bóp cò.', en: 'The safety pin is in: pull it before you squeeze.' },
  empty: { vi: 'Bình này đã hết.', en: 'This extinguisher is empty.' },
  pinPulled: { vi: 'Đã rút chốt. Hướng vòi vào gốc lửa rồi bóp cò.', en: 'Pin pulled. Aim at the base of the fire, then squeeze.' },
  alarmRaised: { vi: 'Đã báo cháy.', en: 'The alarm is raised.' },
  holdFirst: { vi: 'Cầm một bình chữa cháy trước.', en: 'Take an extinguisher first.' },
  fireOut: { vi: 'Lửa đã tắt. Theo dõi xem có cháy lại không.', en: 'The fire is out. Watch it for re-ignition.' },
  wrongHand: { vi: 'Dùng tay kia để rút chốt.', en: 'Use your other hand to pull the pin.' },
};
