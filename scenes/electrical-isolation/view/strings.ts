// The electrical workshop's own words, Vietnamese and English: device labels, tool names, notices.
import type { Bilingual } from '../../../client/workshop/kit';
import type { CircuitId } from '../installation';
import type { NoticeId } from './session';

export const circuitLabels: Readonly<Record<CircuitId, Bilingual>> = {
  main: { vi: 'Tổng', en: 'Main' },
  C1: { vi: 'Chiếu sáng', en: 'Lighting' },
  C2: { vi: 'Chiếu sáng', en: 'Lighting' },
  C3: { vi: 'Ổ cắm xưởng', en: 'Sockets (workshop)' },
  C4: { vi: 'Ổ cắm VP', en: 'Sockets (office)' },
  C5: { vi: 'Điều hòa', en: 'Air-con' },
  C6: { vi: 'Bình nóng lạnh', en: 'Water heater' },
};

export const electricalText = {
  checklistTitle: { vi: 'Các bước', en: 'Steps' },
  statusTitle: { vi: 'Dụng cụ', en: 'Tools' },
  holding: { vi: 'Đang cầm', en: 'Holding' },
  nothing: { vi: 'không có', en: 'nothing' },
  testerReading: { vi: 'Bút thử 2 cực', en: 'Two-pole tester' },
  torqueSetting: { vi: 'Tua vít lực', en: 'Torque screwdriver' },
  socketTester: { vi: 'Bút thử ổ cắm', en: 'Socket tester' },
  gloves: { vi: 'Găng cách điện', en: 'Insulated gloves' },
  glasses: { vi: 'Kính bảo hộ', en: 'Safety glasses' },
  worn: { vi: 'đang đeo', en: 'worn' },
  notWorn: { vi: 'chưa đeo', en: 'not worn' },
  tag: { vi: 'CẤM ĐÓNG ĐIỆN', en: 'DO NOT SWITCH ON' },
  wornTakeOff: { vi: 'Đã đeo — bấm để tháo', en: 'Worn — press to take off' },
  live: { vi: 'CÓ ĐIỆN', en: 'LIVE' },
  dead: { vi: 'Mất điện', en: 'Dead' },
  provingUnit: { vi: 'Nguồn thử', en: 'Proving unit' },
  newSocket: { vi: 'Ổ cắm mới', en: 'New socket' },
  lower: { vi: 'Giảm lực siết', en: 'Less torque' },
  raise: { vi: 'Tăng lực siết', en: 'More torque' },
  controlsTitle: { vi: 'Cách thao tác', en: 'How to work' },
  controls: {
    vi: [
      'Bấm aptomat để bật/tắt. Bấm một dụng cụ để cầm, rồi bấm nơi dùng nó (hoặc kéo thả vào đó).',
      'Esc hoặc chuột phải: đặt dụng cụ xuống.',
      'Tua vít lực: lăn chuột, phím + / − hoặc nút bên dưới để chỉnh lực siết.',
      'Kính VR: tia tay cầm (cò) hoặc bóp để cầm; tay thật: chạm ngón trỏ hoặc chụm ngón để cầm.',
    ],
    en: [
      'Press a breaker to switch it. Press a tool to hold it, then press where to use it (or drag it there).',
      'Esc or right click: put the tool down.',
      'Torque screwdriver: mouse wheel, + / − keys or the buttons below set its torque.',
      'Headset: controller ray (trigger) or squeeze to hold; hands: poke with the index finger or pinch.',
    ],
  },
  socketResult: {
    ok: { vi: 'Đúng (2 đèn xanh)', en: 'Correct (two green lights)' },
    'no-power': { vi: 'Không có điện', en: 'No power' },
    miswired: { vi: 'Đấu sai (đèn đỏ)', en: 'Miswired (red light)' },
  },
} as const satisfies Record<string, unknown>;

/** What the learner holds, by target id, for the status panel. */
export const heldNames: Readonly<Record<string, Bilingual>> = {
  tester: { vi: 'Bút thử 2 cực', en: 'Two-pole tester' },
  padlock: { vi: 'Ổ khóa + biển báo', en: 'Padlock + tag' },
  screwdriver: { vi: 'Tua vít lực', en: 'Torque screwdriver' },
  'socket-tester': { vi: 'Bút thử ổ cắm', en: 'Socket tester' },
  'conductor:L': { vi: 'Dây L (nâu)', en: 'L conductor (brown)' },
  'conductor:N': { vi: 'Dây N (xanh dương)', en: 'N conductor (blue)' },
  'conductor:PE': { vi: 'Dây PE (vàng-xanh lá)', en: 'PE conductor (green/yellow)' },
};

export const noticeText: Readonly<Record<NoticeId, Bilingual>> = {
  lockedBreaker: { vi: 'Thiết bị đang bị khóa: tháo khóa trước khi đóng.', en: 'The device is padlocked: remove the lock before switching it.' },
  lockNeedsOff: { vi: 'Chỉ khóa được thiết bị đã cắt.', en: 'Only a device that is off can be locked.' },
  padlockInUse: { vi: 'Ổ khóa đang khóa một thiết bị.', en: 'The padlock is on a device already.' },
  holdTester: { vi: 'Cầm bút thử 2 cực trước.', en: 'Hold the two-pole tester first.' },
  holdSocketTester: { vi: 'Dùng bút thử ổ cắm ở ổ đã lắp mặt che.', en: 'Use the socket tester on the socket with its faceplate fitted.' },
  faceplateFirst: { vi: 'Tháo mặt che trước khi chạm dây.', en: 'Remove the faceplate to reach the conductors.' },
  liveWarning: { vi: 'CÓ ĐIỆN! Bạn vừa chạm vào dây đang mang điện.', en: 'LIVE! You touched a live conductor.' },
  terminalTaken: { vi: 'Cực này đã có dây.', en: 'That terminal already has a conductor.' },
  testerProved: { vi: 'Bút thử hoạt động (230 V trên nguồn thử).', en: 'The tester works (230 V on the proving unit).' },
  newSocketHint: { vi: 'Cầm từng dây rồi bấm vào cực của ổ mới.', en: 'Hold each conductor, then press a terminal of the new socket.' },
  faceplateOffForTest: { vi: 'Lắp mặt che trước khi cắm bút thử ổ cắm.', en: 'Refit the faceplate before plugging in the socket tester.' },
  needConductorOrScrewdriver: { vi: 'Cầm một dây dẫn hoặc tua vít lực.', en: 'Hold a conductor or the torque screwdriver.' },
};
