// The live part of the proctor page: the link's state, the alert summary, sorting and filtering,
// one memoised tile per candidate (keyed by learner), and the stop dialog.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { Exam } from '../../../scenes/protocol/exams';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { publishTestState } from '../../testHook';
import { candidateAlerts, type ExamWindow } from './alerts';
import { arrangeTiles, defaultArrangement, type TileArrangement } from './arrangeTiles';
import { attemptEnded, remainingAt } from './candidateTile';
import { AlertSummary } from './AlertSummary';
import { CandidateTileView, tileRenders } from './CandidateTileView';
import { LinkBanner } from './LinkBanner';
import { applyStopped, type ProctorStore } from './proctorStore';
import { StopDialog, type StopTarget } from './StopDialog';
import { TileControls } from './TileControls';

export function Dashboard({ exam, window, store }: { exam: Exam; window: ExamWindow; store: ProctorStore }) {
  const { t } = useTranslation();
  const [arrangement, setArrangement] = useState<TileArrangement>(defaultArrangement);
  const [stopping, setStopping] = useState<StopTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const trigger = useRef<HTMLElement | null>(null);
  const ids = useStore(
    store,
    useShallow((s) => arrangeTiles(Object.values(s.tiles), (tile) => candidateAlerts(tile, window, s.nowMs), arrangement, s.nowMs)),
  );
  const total = useStore(store, (s) => Object.keys(s.tiles).length);
  const live = useStore(store, (s) => s.link.state !== 'connecting');

  // Stable, so the memoised tiles are not re-rendered by a new function on every list render.
  const onStop = useCallback(
    (learnerId: string, button: HTMLElement) => {
      const tile = store.getState().tiles[learnerId];
      if (!tile) return;
      trigger.current = button;
      setStopping({ learnerId, name: tile.name });
    },
    [store],
  );
  /** Where focus went when the dialog closed, until the learner moves it: see the layout effect below. */
  const returnedFocus = useRef<HTMLElement | null>(null);
  const closeDialog = () => {
    const learnerId = stopping?.learnerId;
    setStopping(null);
    // Back to the Stop button; once stopped it goes (maybe not yet in this frame), so to the candidate's name.
    const tile = learnerId ? store.getState().tiles[learnerId] : undefined;
    const button = trigger.current;
    const target = tile && attemptEnded(tile.status) ? document.getElementById(`tile-${tile.learnerId}-name`) : button?.isConnected ? button : null;
    target?.focus();
    returnedFocus.current = target ?? null;
  };
  // A stopped tile changes its alerts, so the list may reorder in a later commit: React moves the
  // tile's node and the browser drops focus to the body. Put it back where the dialog left it,
  // unless the user has moved it on.
  useLayoutEffect(() => {
    const target = returnedFocus.current;
    if (!target) return;
    const active = document.activeElement;
    if (active === target) return;
    if (active && active !== document.body) returnedFocus.current = null;
    else if (target.isConnected) target.focus();
  });
  const onStopped = (result: ScoreReport) => {
    if (!stopping) return;
    applyStopped(store, stopping.learnerId, result, Date.now());
    setAnnouncement(t('examProctor.stop.done', { name: stopping.name }));
  };

  useEffect(
    () =>
      publishTestState('proctor', () => {
        const state = store.getState();
        return {
          link: state.link.state,
          order: arrangeTiles(Object.values(state.tiles), (tile) => candidateAlerts(tile, window, state.nowMs), arrangement, state.nowMs),
          tiles: Object.values(state.tiles).map((tile) => ({
            learnerId: tile.learnerId,
            name: tile.name,
            sessionId: tile.sessionId ?? null,
            status: tile.status,
            connected: tile.connected,
            total: tile.live?.total ?? null,
            critical: tile.critical.map((c) => c.id),
            remainingMs: remainingAt(tile, state.nowMs),
            alerts: candidateAlerts(tile, window, state.nowMs),
          })),
          renders: Object.fromEntries(tileRenders),
        };
      }),
    [store, window, arrangement],
  );

  const examId = exam.id;
  const tiles = useMemo(
    () => ids.map((learnerId) => <CandidateTileView key={learnerId} learnerId={learnerId} examId={examId} sceneId={exam.sceneId} window={window} store={store} onStop={onStop} />),
    [ids, examId, exam.sceneId, window, store, onStop],
  );
  return (
    <section className="proctor-board section" aria-labelledby="candidates-title">
      <LinkBanner store={store} />
      {live && <AlertSummary store={store} window={window} />}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="stop-announcement">
        {announcement}
      </p>
      <h2 id="candidates-title">{t('examProctor.candidates')}</h2>
      <TileControls value={arrangement} onChange={setArrangement} />
      <p className="muted small" data-testid="tiles-shown">
        {t('examProctor.controls.shown', { shown: ids.length, total })}
      </p>
      {live && ids.length === 0 && total > 0 && <p className="empty">{t('examProctor.noMatch')}</p>}
      <ul className="proctor-tiles" data-testid="proctor-tiles">
        {tiles}
      </ul>
      {stopping && <StopDialog examId={examId} target={stopping} onClose={closeDialog} onStopped={onStopped} />}
    </section>
  );
}
