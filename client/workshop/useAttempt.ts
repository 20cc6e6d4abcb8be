// React wiring for one Attempt: open on mount, close on unmount, delivery status as state
// (updated at most every 100 ms by the delivery loop, and only when it changed).
import { useEffect, useRef, useState } from 'react';
import type { ScoreReport } from '../../scenes/rubric/report';
import { publishTestState } from '../testHook';
import type { WorkshopMode } from './contract';
import { Attempt, AttemptError } from './attempt';
import type { AttemptChoice } from './openAttempt';
import type { DeliveryStatus } from './telemetry/delivery';

export type AttemptPhase =
  | { phase: 'opening' }
  | { phase: 'running'; attempt: Attempt }
  | { phase: 'finishing'; attempt: Attempt }
  | { phase: 'result'; result: ScoreReport; sessionId: string; recorded: number }
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
export function useAttempt(options: { userId: string; sceneId: string; mode: WorkshopMode; run: number; choice: AttemptChoice | undefined }) {
  const [state, setState] = useState<AttemptPhase>({ phase: 'opening' });
  const [status, setStatus] = useState<DeliveryStatus>();
  const attemptRef = useRef<Attempt | undefined>(undefined);
  const { userId, sceneId, mode, run } = options;
  const choice = options.choice;
  const choiceKey = choice === undefined ? undefined : choice.kind === 'continue' ? `continue:${choice.sessionId}` : choice.kind;

  useEffect(() => {
    if (choiceKey === undefined || choice === undefined) {
      setState({ phase: 'opening' });
      return;
    }
    let closed = false;
    const key = [userId, sceneId, mode, run, choiceKey].join('|');
    setState({ phase: 'opening' });
    const onStatus = (next: DeliveryStatus) => {
      if (!closed) setStatus((prev) => (sameStatus(prev, next) ? prev : next));
    };
    acquireAttempt(key, () => Attempt.open({ userId, sceneId, mode, choice, onStatus: (next) => statusListeners.get(key)?.(next) })).then(
      (attempt) => {
        if (closed) return;
        attemptRef.current = attempt;
        setState({ phase: 'running', attempt });
      },
      (error: unknown) => {
        if (closed) return;
        const e = error instanceof AttemptError ? error : new AttemptError('internal', String(error));
        setState({ phase: 'error', code: e.code, message: e.message, during: 'start' });
      },
    );
    statusListeners.set(key, onStatus);
    return () => {
      closed = true;
      if (statusListeners.get(key) === onStatus) statusListeners.delete(key);
      attemptRef.current = undefined;
      releaseAttempt(key);
    };
    // `choice` is read through choiceKey: a new object with the same meaning opens nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, sceneId, mode, run, choiceKey]);

  useEffect(
    () =>
      publishTestState('attempt', () => {
        const attempt = attemptRef.current;
        return {
          phase: state.phase,
          sessionId: attempt?.sessionId ?? (state.phase === 'result' ? state.sessionId : undefined),
          resumed: attempt?.resumed ?? false,
          status: attempt?.status(),
          result: state.phase === 'result' ? state.result : undefined,
          /** Events this device recorded for the attempt (its last seq), once finished. */
          recorded: state.phase === 'result' ? state.recorded : undefined,
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
      setState({ phase: 'result', result, sessionId: attempt.sessionId, recorded: attempt.status().lastSeq });
      attempt.close(); // the log is closed; the page's release later is then a no-op
    } catch (error) {
      setState({ phase: 'error', code: error instanceof AttemptError ? error.code : 'internal', message: (error as Error).message, during: 'finish' });
    }
  };

  return { state, status, finish };
}
