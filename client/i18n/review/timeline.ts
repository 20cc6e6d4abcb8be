// UI strings of the review's step timeline (procedure scenes), vi and en side by side. Wired into
// vi.ts/en.ts under `stepTimeline`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Các bước thao tác theo thời gian',
  help: 'Mỗi thao tác của học viên tại thời điểm thực hiện, bước quy trình nó hoàn thành và lỗi nghiêm trọng nó gây ra. Một bước chỉ được tính khi làm đúng thứ tự và đạt yêu cầu.',
  summary: '{{actions}} thao tác · {{outOfOrder}} bước không được tính · {{critical}} lỗi nghiêm trọng',
  actionsTitle: 'Thao tác',
  checklistTitle: 'Các bước được tính điểm',
  counted: '{{counted}}/{{total}} bước được tính',
  stepDone: 'Đã tính lúc {{time}}',
  stepMissed: 'Không được tính',
  inOrder: 'Đúng thứ tự, được tính: {{step}}',
  outOfOrder: 'Không tính (sai thứ tự hoặc chưa đạt): {{step}}',
  critical: 'Lỗi nghiêm trọng: {{name}}',
  seek: '{{time}} {{label}} — xem lại 3D từ lúc này',
  none: 'Chưa có thao tác nào trong nhật ký.',
};

export const en: typeof vi = {
  title: 'Steps over time',
  help: 'Each of the learner’s actions at its time, the procedure step it completed and any critical error it caused. A step counts only when done in order and to the standard.',
  summary: '{{actions}} actions · {{outOfOrder}} steps not counted · {{critical}} critical errors',
  actionsTitle: 'Actions',
  checklistTitle: 'Steps that counted',
  counted: '{{counted}}/{{total}} steps counted',
  stepDone: 'Counted at {{time}}',
  stepMissed: 'Did not count',
  inOrder: 'In order, counted: {{step}}',
  outOfOrder: 'Not counted (out of order or not to standard): {{step}}',
  critical: 'Critical error: {{name}}',
  seek: '{{time}} {{label}} — open the 3D replay at this moment',
  none: 'The log has no actions yet.',
};
