// The parts of a tile that move with the clock (time left, time offline), each subscribed to the
// store's clock on its own, so the once-a-second tick re-renders a few text nodes, not the tiles.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatDuration } from '../../i18n/format';
import { offlineFor, remainingAt, type CandidateTile } from './candidateTile';
import type { ProctorStore } from './proctorStore';

export function RemainingTime({ tile, store }: { tile: CandidateTile; store: ProctorStore }) {
  const seconds = useStore(store, (s) => Math.ceil(remainingAt(tile, s.nowMs) / 1000));
  return (
    <span className="proctor-remaining" data-testid="tile-remaining" data-seconds={seconds}>
      {formatDuration(seconds * 1000)}
    </span>
  );
}

export function ConnectionState({ tile, store }: { tile: CandidateTile; store: ProctorStore }) {
  const { t } = useTranslation();
  // Whole seconds: the text changes once a second, not on every store change.
  const offlineSeconds = useStore(store, (s) => {
    const offline = offlineFor(tile, s.nowMs);
    return offline === null ? null : Math.floor(offline / 1000);
  });
  if (tile.connected)
    return (
      <span className="proctor-connection online" data-testid="tile-connection" data-connected="true">
        <span className="dot" aria-hidden="true" /> {t('examProctor.connection.online')}
      </span>
    );
  return (
    <span className="proctor-connection offline" data-testid="tile-connection" data-connected="false">
      <span className="dot" aria-hidden="true" />{' '}
      {tile.status === 'in_progress' && offlineSeconds !== null ? t('examProctor.connection.offlineFor', { duration: formatDuration(offlineSeconds * 1000) }) : t('examProctor.connection.offline')}
    </span>
  );
}
