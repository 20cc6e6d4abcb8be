// React wiring for one Attempt: open on mount, close on unmount, delivery status as state
// (updated at most every 100 ms by the delivery loop, and only when it changed).
import { useEffect, useRef, useState } from 'react';
import type { ScoreReport } from '../../scenes/rubric/report';
import { publishTestState } from '../testHook';
import type { WorkshopMode } from './contract';
import { Attempt, AttemptError, ExamAttemptEnded } from './attempt';
import type { ExamOutcome } from './exam/examStart';
import type { AttemptChoice } from './openAttempt';
import type { DeliveryStatus } from './telemetry/delivery';

export type AttemptPhase =
  | { phase: 'opening' }
  | { phase: 'running'; attempt: Attempt }
  | { phase: 'finishing'; attempt: Attempt }
  | { phase: 'result'; result: ScoreReport; sessionId: string; recorded: number }
  /** Exams: the attempt is over (handed in, time over, stopped); no score is shown before marking. */
  | { phase: 'ended'; sessionId: string; outcome: ExamOutcome }
  | { phase: 'error'; code: string; message: string; during: 'start' | 'finish' };

/**
 * One open Attempt per (user, scene, mode, run), shared by the mounts that want it: React may
 * unmount and remount a page at once (StrictMode in development, a suspending parent), and two
 * opens racing would start two sessions. The last release closes it, a tick later, unless
 * something acquired it again meanwhile.
 */
const sharedAttempts = new Map<string, { opening: Promise<Attempt>; holders: number }>();

function acquireAttempt(key: string, open: () => Promise<Attempt>): Promise<Attempt> {
  let entry = sharedAttempts.get(key);
  if (!entry) {
    entry = { opening: open(), holders: 0 };
    sharedAttempts.set(key, entry);
    entry.opening.catch(() => sharedAttempts.delete(key));
  }
  entry.holders += 1;
  return entry.opening;
}

function releaseAttempt(key: string): void {
  const entry = sharedAttempts.get(key);
  if (!entry) return;
  entry.holders -= 1;
  setTimeout(() => {
    if (entry.holders > 0 || sharedAttempts.get(key) !== entry) return;
    sharedAttempts.delete(key);
    entry.opening.then((attempt) => attempt.close(), () => undefined);
  }, 0);
}

/** The mounted page that shows a shared attempt's delivery status. */
const statusListeners = new Map<string, (status: DeliveryStatus) => void>();

const sameStatus = (a: DeliveryStatus | undefined, b: DeliveryStatus) =>
  a?.connection === b.connection && a.pending === b.pending && a.ackedSeq === b.ackedSeq && a.lastSeq === b.lastSeq && a.problem === b.problem;

/** `choice` undefined: the learner has not chosen yet (useAttemptChoice); nothing opens until then. */
export function useAttempt(options: { userId: string; sceneId: string; mode: WorkshopMode; run: number; choice: AttemptChoice | undefined; examId?: string | undefined }) {
  const [state, setState] = useState<AttemptPhase>({ phase: 'opening' });
  const [status, setStatus] = useState<DeliveryStatus>();
  const attemptRef = useRef<Attempt | undefined>(undefined);
  const { userId, sceneId, mode, run, examId } = options;
  const choice = options.choice;
  const choiceKey = choice === undefined ? undefined : choice.kind === 'continue' ? `continue:${choice.sessionId}` : choice.kind;

  useEffect(() => {
    if (choiceKey === undefined || choice === undefined) {
      setState({ phase: 'opening' });
      return;
    }
    let closed = false;
    const key = [userId, sceneId, mode, run, choiceKey, examId ?? ''].join('|');
    setState({ phase: 'opening' });
    const onStatus = (next: DeliveryStatus) => {
      if (!closed) setStatus((prev) => (sameStatus(prev, next) ? prev : next));
    };
    let unwatch = () => undefined as unknown;
    const open = () => Attempt.open({ userId, sceneId, mode, choice, ...(examId ? { examId } : {}), onStatus: (next) => statusListeners.get(key)?.(next) });
    acquireAttempt(key, open).then(
      (attempt) => {
        if (closed) return;
        attemptRef.current = attempt;
        setState({ phase: 'running', attempt });
        const exam = attempt.exam;
        if (exam) {
          const onExam = () => exam.ended && setState({ phase: 'ended', sessionId: attempt.sessionId, outcome: exam.ended });
          unwatch = exam.subscribe(onExam);
          onExam();
        }
      },
      (error: unknown) => {
        if (closed) return;
        if (error instanceof ExamAttemptEnded) return setState({ phase: 'ended', sessionId: error.sessionId, outcome: error.outcome });
        const e = error instanceof AttemptError ? error : new AttemptError('internal', String(error));
        setState({ phase: 'error', code: e.code, message: e.message, during: 'start' });
      },
    );
    statusListeners.set(key, onStatus);
    return () => {
      closed = true;
      unwatch();
      if (statusListeners.get(key) === onStatus) statusListeners.delete(key);
      attemptRef.current = undefined;
      releaseAttempt(key);
    };
    // `choice` is read through choiceKey: a new object with the same meaning opens nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, sceneId, mode, run, choiceKey, examId]);

  useEffect(
    () =>
      publishTestState('attempt', () => {
        const attempt = attemptRef.current;
        return {
          phase: state.phase,
          sessionId: attempt?.sessionId ?? (state.phase === 'result' || state.phase === 'ended' ? state.sessionId : undefined),
          resumed: attempt?.resumed ?? false,
          status: attempt?.status(),
          result: state.phase === 'result' ? state.result : undefined,
          /** Events this device recorded for the attempt (its last seq), once finished. */
          recorded: state.phase === 'result' ? state.recorded : undefined,
          exam: attempt?.exam
            ? {
                examId: attempt.exam.examId,
                deadlineAt: attempt.exam.clock.deadlineAt,
                timeLimitMs: attempt.exam.clock.timeLimitMs,
                limitT: attempt.exam.clock.limitT,
                remainingMs: attempt.exam.remainingMs(),
                timeUp: attempt.exam.timeUp,
              }
            : undefined,
          outcome: state.phase === 'ended' ? state.outcome : undefined,
        };
      }),
    [state],
  );

  const finish = async () => {
    const attempt = attemptRef.current;
    if (!attempt || state.phase !== 'running') return;
    setState({ phase: 'finishing', attempt });
    try {
      const result = await attempt.finish();
      // An exam's score waits for marking: the candidate is told it was handed in, nothing more.
      if (attempt.exam) setState({ phase: 'ended', sessionId: attempt.sessionId, outcome: 'submitted' });
      else setState({ phase: 'result', result, sessionId: attempt.sessionId, recorded: attempt.status().lastSeq });
      attempt.close(); // the log is closed; the page's release later is then a no-op
    } catch (error) {
      // Ended by the server meanwhile (time over, stopped): say how, not "could not finish".
      const outcome = attempt.exam ? (attempt.exam.ended ?? (await attempt.examOutcomeNow())) : undefined;
      if (outcome) return setState({ phase: 'ended', sessionId: attempt.sessionId, outcome });
      setState({ phase: 'error', code: error instanceof AttemptError ? error.code : 'internal', message: (error as Error).message, during: 'finish' });
    }
  };

  return { state, status, finish };
}
