// The scored procedure steps of the electrical-isolation scene, in the standard's order: their ids
// are what the review timeline, the practice cue and the view's checklist speak.
import type { ProcedureStep } from '../rubric/timeline';

export const isolationStepIds = ['switch-off', 'lock', 'prove', 'test-dead', 'prove-again'] as const;
export const connectionStepIds = ['connect-L', 'connect-N', 'connect-PE'] as const;
export const torqueStepIds = ['torque-L', 'torque-N', 'torque-E'] as const;
export const restoreStepIds = ['refit-faceplate', 'unlock', 'switch-on', 'socket-test'] as const;

export type IsolationStepId = (typeof isolationStepIds)[number];
export type ConnectionStepId = (typeof connectionStepIds)[number];
export type TorqueStepId = (typeof torqueStepIds)[number];
export type RestoreStepId = (typeof restoreStepIds)[number];
export type ElectricalStepId = IsolationStepId | ConnectionStepId | TorqueStepId | RestoreStepId;

export const electricalProcedureSteps: readonly ProcedureStep[] = Object.freeze([
  { criterionId: 'isolation', id: 'switch-off', name: { vi: 'Cắt điện C3 (hoặc aptomat tổng)', en: 'Switch off C3 (or the main switch)' } },
  { criterionId: 'isolation', id: 'lock', name: { vi: 'Khóa và treo biển trên thiết bị đã cắt', en: 'Lock and tag the device switched off' } },
  { criterionId: 'isolation', id: 'prove', name: { vi: 'Kiểm tra bút thử trên nguồn chuẩn', en: 'Prove the tester on the proving unit' } },
  { criterionId: 'isolation', id: 'test-dead', name: { vi: 'Thử không điện cả 3 cặp L-N, L-E, N-E', en: 'Test dead on all three pairs L-N, L-E, N-E' } },
  { criterionId: 'isolation', id: 'prove-again', name: { vi: 'Kiểm tra lại bút thử', en: 'Prove the tester again' } },
  { criterionId: 'connections', id: 'connect-L', name: { vi: 'Dây nâu (L) vào cực L của ổ mới', en: 'Brown (L) to the new socket’s L' } },
  { criterionId: 'connections', id: 'connect-N', name: { vi: 'Dây xanh dương (N) vào cực N của ổ mới', en: 'Blue (N) to the new socket’s N' } },
  { criterionId: 'connections', id: 'connect-PE', name: { vi: 'Dây vàng-xanh lá (PE) vào cực E của ổ mới', en: 'Green/yellow (PE) to the new socket’s E' } },
  { criterionId: 'torque', id: 'torque-L', name: { vi: 'Siết cực L 0,6–1,0 N·m', en: 'Tighten terminal L to 0.6–1.0 N·m' } },
  { criterionId: 'torque', id: 'torque-N', name: { vi: 'Siết cực N 0,6–1,0 N·m', en: 'Tighten terminal N to 0.6–1.0 N·m' } },
  { criterionId: 'torque', id: 'torque-E', name: { vi: 'Siết cực E 0,6–1,0 N·m', en: 'Tighten terminal E to 0.6–1.0 N·m' } },
  { criterionId: 'restore', id: 'refit-faceplate', name: { vi: 'Lắp lại mặt che ổ cắm', en: 'Refit the faceplate' } },
  { criterionId: 'restore', id: 'unlock', name: { vi: 'Tháo khóa và biển báo', en: 'Remove the lock and tag' } },
  { criterionId: 'restore', id: 'switch-on', name: { vi: 'Đóng điện C3 và aptomat tổng', en: 'Switch C3 and the main switch on' } },
  { criterionId: 'restore', id: 'socket-test', name: { vi: 'Kiểm tra ổ cắm bằng bút thử ổ cắm', en: 'Test the socket with the plug-in tester' } },
].map((step) => Object.freeze({ ...step, name: Object.freeze(step.name) })));
