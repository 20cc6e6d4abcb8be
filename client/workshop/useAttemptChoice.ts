// Before a practice attempt starts: asks the server whether the learner has an open attempt of
// this scene and, if so, lets them continue it or discard it and start over. Exams skip this.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionListItem } from '../../scenes/protocol/review';
import { asApiError } from '../app/api';
import { publishTestState } from '../testHook';
import type { WorkshopMode } from './contract';
import { discardAttempt, findOpenAttempt, markInAttempt, reloadedDuring, type AttemptChoice } from './openAttempt';

export type ChoiceState =
  | { phase: 'checking' }
  | { phase: 'ask'; open: SessionListItem; discarding: boolean; error?: string }
  | { phase: 'chosen'; choice: AttemptChoice };

export function useAttemptChoice(options: { userId: string; sceneId: string; mode: WorkshopMode; run: number }) {
  const { userId, sceneId, mode, run } = options;
  // Each state belongs to one (scene, mode, run): a choice made for the last run never opens the next.
  const key = [userId, sceneId, mode, run].join('|');
  const [held, setHeld] = useState<{ key: string; state: ChoiceState }>({ key: '', state: { phase: 'checking' } });
  const state = useMemo<ChoiceState>(() => (held.key === key ? held.state : { phase: 'checking' }), [held, key]);
  const setState = useCallback((next: ChoiceState) => setHeld({ key, state: next }), [key]);

  useEffect(() => {
    if (mode === 'exam') {
      setState({ phase: 'chosen', choice: { kind: 'kept' } });
      return;
    }
    let current = true;
    findOpenAttempt(userId, sceneId).then(
      (open) => {
        if (!current) return;
        if (!open) setState({ phase: 'chosen', choice: { kind: 'new' } });
        else if (reloadedDuring(open.id)) setState({ phase: 'chosen', choice: { kind: 'continue', sessionId: open.id } });
        else setState({ phase: 'ask', open, discarding: false });
      },
      // The server could not be asked: go on as before, with what this device kept.
      () => current && setState({ phase: 'chosen', choice: { kind: 'kept' } }),
    );
    return () => {
      current = false;
    };
  }, [userId, sceneId, mode, setState]);

  useEffect(
    () =>
      publishTestState('attemptChoice', () => ({
        phase: state.phase,
        openSessionId: state.phase === 'ask' ? state.open.id : undefined,
        choice: state.phase === 'chosen' ? state.choice : undefined,
      })),
    [state],
  );

  const continueOpen = useCallback(() => {
    if (state.phase === 'ask' && !state.discarding) setState({ phase: 'chosen', choice: { kind: 'continue', sessionId: state.open.id } });
  }, [state, setState]);

  const discardOpen = useCallback(() => {
    if (state.phase !== 'ask' || state.discarding) return;
    const { open } = state;
    setState({ phase: 'ask', open, discarding: true });
    discardAttempt(open.id).then(
      () => setState({ phase: 'chosen', choice: { kind: 'new' } }),
      (error: unknown) => {
        // Ended meanwhile (the idle sweep, another device): nothing is left to discard.
        if (asApiError(error).code === 'conflict') setState({ phase: 'chosen', choice: { kind: 'new' } });
        else setState({ phase: 'ask', open, discarding: false, error: asApiError(error).code });
      },
    );
  }, [state, setState]);

  return { state, continueOpen, discardOpen };
}

/** Keeps the mark of the attempt this tab is in while the workshop runs it (see markInAttempt). */
export function useInAttemptMark(sessionId: string | undefined): void {
  useEffect(() => (sessionId ? markInAttempt(sessionId) : undefined), [sessionId]);
}
