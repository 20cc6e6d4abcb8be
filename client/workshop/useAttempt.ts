// React wiring for one Attempt: open on mount, close on unmount, delivery status as state
// (updated at most every 100 ms by the delivery loop, and only when it changed).
import { useEffect, useRef, useState } from 'react';
import type { ScoreReport } from '../../scenes/rubric/report';
import { publishTestState } from '../testHook';
import type { WorkshopMode } from './contract';
import { Attempt, AttemptError } from './attempt';
import type { DeliveryStatus } from './telemetry/delivery';

export type AttemptPhase =
  | { phase: 'opening' }
  | { phase: 'running'; attempt: Attempt }
  | { phase: 'finishing'; attempt: Attempt }
  | { phase: 'result'; result: ScoreReport; sessionId: string; recorded: number }
  | { phase: 'error'; code: string; message: string; during: 'start' | 'finish' };

const sameStatus = (a: DeliveryStatus | undefined, b: DeliveryStatus) =>
  a?.connection === b.connection && a.pending === b.pending && a.ackedSeq === b.ackedSeq && a.lastSeq === b.lastSeq && a.problem === b.problem;

export function useAttempt(options: { token: string; userId: string; sceneId: string; mode: WorkshopMode; run: number }) {
  const [state, setState] = useState<AttemptPhase>({ phase: 'opening' });
  const [status, setStatus] = useState<DeliveryStatus>();
  const attemptRef = useRef<Attempt | undefined>(undefined);
  const { token, userId, sceneId, mode, run } = options;

  useEffect(() => {
    let closed = false;
    setState({ phase: 'opening' });
    Attempt.open({ token, userId, sceneId, mode, onStatus: (next) => setStatus((prev) => (sameStatus(prev, next) ? prev : next)) }).then(
      (attempt) => {
        if (closed) return attempt.close();
        attemptRef.current = attempt;
        setState({ phase: 'running', attempt });
      },
      (error: unknown) => {
        if (closed) return;
        const e = error instanceof AttemptError ? error : new AttemptError('internal', String(error));
        setState({ phase: 'error', code: e.code, message: e.message, during: 'start' });
      },
    );
    return () => {
      closed = true;
      attemptRef.current?.close();
      attemptRef.current = undefined;
    };
  }, [token, userId, sceneId, mode, run]);

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
      attempt.close();
      attemptRef.current = undefined;
    } catch (error) {
      setState({ phase: 'error', code: 'finish', message: (error as Error).message, during: 'finish' });
    }
  };

  return { state, status, finish };
}
