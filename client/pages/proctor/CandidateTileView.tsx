// One candidate's tile: name, connection, status, time left, live score (total and a compact bar
// per criterion), critical errors as they come, alerts, and Spectate / Stop. Memoised and
// subscribed to its own entry of the store: a push about one candidate re-renders one tile.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { criterionName } from '../../components/sceneText';
import { formatDuration, formatPercent, formatScore, uiLanguage } from '../../i18n/format';
import { candidateAlerts, type ExamWindow } from './alerts';
import type { ProctorStore } from './proctorStore';
import { ConnectionState, RemainingTime } from './TileClock';

/** Renders per learner since the page opened: the e2e reads it to prove one push re-renders one tile. */
export const tileRenders = new Map<string, number>();

export interface TileProps {
  learnerId: string;
  examId: string;
  sceneId: string;
  window: ExamWindow;
  store: ProctorStore;
  onStop(learnerId: string, trigger: HTMLElement): void;
}

export const CandidateTileView = memo(function CandidateTileView({ learnerId, examId, sceneId, window, store, onStop }: TileProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const tile = useStore(store, (s) => s.tiles[learnerId]);
  // The alerts change with the clock too (30 s offline, 5 min not started); the tile re-renders only when they do.
  const alerts = useStore(
    store,
    useShallow((s) => (tile ? candidateAlerts(tile, window, s.nowMs) : [])),
  );
  tileRenders.set(learnerId, (tileRenders.get(learnerId) ?? 0) + 1);
  if (!tile) return null;
  const nameId = `tile-${learnerId}-name`;
  const running = tile.status === 'in_progress';
  return (
    <li
      className={`proctor-tile${alerts.length > 0 ? ' alerting' : ''}`}
      aria-labelledby={nameId}
      data-testid={`tile-${learnerId}`}
      data-status={tile.status}
      data-alerts={alerts.join(' ')}
      data-total={tile.live?.total ?? ''}
      data-critical={tile.critical.length}
    >
      <div className="proctor-tile-head">
        <h3 id={nameId} tabIndex={-1}>
          {tile.name}
        </h3>
        <span className={`chip status-${tile.status}`} data-testid="tile-status">
          {t(`examProctor.status.${tile.status}`)}
        </span>
      </div>
      {alerts.length > 0 && (
        <ul className="proctor-alerts" aria-label={t('examProctor.alerts.label')} data-testid="tile-alerts">
          {alerts.map((alert) => (
            <li key={alert} data-alert={alert}>
              <span aria-hidden="true">⚠</span> {t(`examProctor.alerts.${alert}`)}
            </li>
          ))}
        </ul>
      )}
      <div className="proctor-tile-row">
        <ConnectionState tile={tile} store={store} />
        <span>
          <span className="muted small">{t('examProctor.remaining')}</span> <RemainingTime tile={tile} store={store} />
        </span>
      </div>
      <div className="proctor-score">
        <span className="muted small">{t('examProctor.score')}</span>{' '}
        <strong data-testid="tile-score">{tile.live ? formatScore(tile.live.total, language) : t('examProctor.noScore')}</strong>
      </div>
      {tile.live && (
        <ul className="proctor-bars" aria-label={t('examProctor.criteria')}>
          {tile.live.criteria.map((criterion) => {
            const name = criterionName(sceneId, criterion.id, language);
            return (
              <li key={criterion.id} title={name}>
                <span className="bar-name">{name}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(criterion.score * 100)}%` }} />
                </span>
                <span className="bar-value">{formatPercent(criterion.score, language)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {tile.critical.length > 0 && (
        <div className="proctor-critical" data-testid="tile-critical">
          <h4>{t('examProctor.critical')}</h4>
          <ul>
            {tile.critical.map((error) => (
              <li key={`${error.id}-${error.t}`}>
                <span className="muted">{t('examProctor.criticalAt', { time: formatDuration(error.t) })}</span> {criterionName(sceneId, error.id, language)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="proctor-actions">
        {running && tile.sessionId && (
          <Link className="button ghost small-button" to={`/exams/${encodeURIComponent(examId)}/proctor/spectate/${encodeURIComponent(tile.sessionId)}`} aria-label={t('examProctor.actions.spectateLabel', { name: tile.name })} data-testid="tile-spectate">
            {t('examProctor.actions.spectate')}
          </Link>
        )}
        {!running && tile.status !== 'not_started' && tile.sessionId && (
          <Link className="button ghost small-button" to={`/sessions/${encodeURIComponent(tile.sessionId)}`} data-testid="tile-review">
            {t('examProctor.actions.review')}
          </Link>
        )}
        {running && (
          <button type="button" className="button danger small-button" aria-label={t('examProctor.actions.stopLabel', { name: tile.name })} onClick={(event) => onStop(learnerId, event.currentTarget)} data-testid="tile-stop">
            {t('examProctor.actions.stop')}
          </button>
        )}
      </div>
    </li>
  );
});
