// The view's side of one attempt: the installation as the server folds it (every recorded action
// goes through applyInstallationEvent), the torque screwdriver's setting, the tester's display,
// the plug-in tester's lights and the moments sparks fly. No React, no three.
import { createLogReplayer } from '../../../client/workshop/kit';
import type { LogReplayer, TelemetrySink, WorkshopMode } from '../../../client/workshop/kit';
import type { CircuitId, ConductorId, InstallationState, TerminalId, TestPair } from '../installation';
import { applyInstallationEvent, createInstallation, practiceNextStep, socketTesterResult, testerReading } from '../installation';
import type { ActionData } from '../events';

export const torqueSettingRange = { min: 0.2, max: 2, step: 0.1 } as const;

export interface ElectricalSession {
  mode: WorkshopMode;
  installation: InstallationState;
  /** the torque screwdriver's set value, N·m */
  torqueNm: number;
  /** what the two-pole tester shows: volts, and where it was last applied */
  tester: { volts: number | null; at: TestPair | 'proving-unit' | null };
  /** the plug-in socket tester's lights after its last use */
  socketTester: ReturnType<typeof socketTesterResult> | null;
  /** a live part touched (or worked on live): where sparks fly, and when (performance.now) */
  spark: { at: 'conductor' | 'socket'; timeMs: number } | null;
  /** a short message for the learner (refusals, what a reading means), bilingual id */
  notice: NoticeId | null;
  /** bumped on every change the screen shows, so React re-renders only then */
  version: number;
  /** events applied so far (replay) */
  applied: number;
}

export type NoticeId =
  | 'lockedBreaker'
  | 'lockNeedsOff'
  | 'padlockInUse'
  | 'holdTester'
  | 'holdSocketTester'
  | 'faceplateFirst'
  | 'liveWarning'
  | 'terminalTaken'
  | 'testerProved'
  | 'newSocketHint'
  | 'faceplateOffForTest'
  | 'needConductorOrScrewdriver';

export function createElectricalSession(mode: WorkshopMode): ElectricalSession {
  return { mode, installation: createInstallation(), torqueNm: 0.4, tester: { volts: null, at: null }, socketTester: null, spark: null, notice: null, version: 0, applied: 0 };
}

/** Records one action through the page's telemetry and folds it into the view's installation. */
export function act(session: ElectricalSession, telemetry: TelemetrySink | null, data: ActionData, nowMs = performance.now()): void {
  const event = { t: 0, type: 'action', data: data as unknown as Record<string, unknown> };
  telemetry?.record('action', event.data);
  applyAndShow(session, event, nowMs);
}

/** Folds an event and updates what the tools show; the same for live actions and a replay. */
export function applyAndShow(session: ElectricalSession, event: { t: number; type: string; data: Record<string, unknown> }, nowMs: number): void {
  const before = session.installation.live;
  applyInstallationEvent(session.installation, event);
  const state = session.installation;
  session.applied += 1;
  session.version += 1;
  if (event.type !== 'action') return;
  const data = event.data;
  switch (data.name) {
    case 'prove':
      // The proving unit gives the tester a known voltage: a working tester shows it.
      session.tester = { volts: 230, at: 'proving-unit' };
      break;
    case 'test-dead':
      session.tester = { volts: testerReading(state, data.pair as TestPair), at: data.pair as TestPair };
      break;
    case 'socket-test':
      session.socketTester = socketTesterResult(state);
      break;
    case 'touch':
      if (before) session.spark = { at: 'conductor', timeMs: nowMs };
      break;
    case 'breaker':
      // Making the circuit live with the faceplate off or conductors loose flashes at the socket.
      if (!before && state.live && (state.faceplateOff || Object.values(state.conductors).some((c) => c === null))) session.spark = { at: 'socket', timeMs: nowMs };
      break;
  }
}

/**
 * The kit's log replayer over this session: seeking folds the stored log forward with the live
 * code path, or from the start when seeking back, so the state at a time depends only on the log.
 */
export function createSessionReplayer(session: ElectricalSession, events: readonly { t: number; type: string; data: Record<string, unknown> }[]): LogReplayer {
  return createLogReplayer(events, {
    reset: () => {
      const fresh = createElectricalSession(session.mode);
      Object.assign(session, { ...fresh, version: session.version + 1 });
    },
    apply: (event) => applyAndShow(session, event, -Infinity),
  });
}

export function setTorque(session: ElectricalSession, nm: number): void {
  const { min, max } = torqueSettingRange;
  session.torqueNm = Math.round(Math.min(max, Math.max(min, nm)) * 10) / 10;
  session.version += 1;
}

export function notify(session: ElectricalSession, notice: NoticeId | null): void {
  session.notice = notice;
  session.version += 1;
}

/**
 * The notice after a learner's action. Touching a live part warns, and the warning stays while the
 * circuit is live (the disconnect that follows a touch in the same gesture does not clear it); it
 * goes once the circuit is dead or another notice replaces it.
 */
export function noticeAfter(session: ElectricalSession, data: { name?: unknown }): NoticeId | null {
  const live = session.installation.live;
  if (data.name === 'touch' && live) return 'liveWarning';
  if (data.name === 'prove') return 'testerProved';
  return session.notice === 'liveWarning' && live ? 'liveWarning' : null;
}

/** The practice cue (a procedure step id), none in an exam. */
export function cueStep(session: ElectricalSession): string | null {
  return session.mode === 'practice' ? (practiceNextStep(session.installation) ?? null) : null;
}

/** Where each conductor's end is: on a terminal of a socket, or loose. */
export function conductorEnd(state: InstallationState, conductor: ConductorId): { socket: 'old' | 'new'; terminal: TerminalId } | null {
  return state.conductors[conductor];
}

/** The device whose lamp is lit: its output live (the main switch feeds every MCB). */
export function deviceLive(state: InstallationState, circuit: CircuitId): boolean {
  return circuit === 'main' ? state.breakers.main : state.breakers.main && state.breakers[circuit];
}
