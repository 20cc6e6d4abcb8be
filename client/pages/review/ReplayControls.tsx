// Replay controls over the 3D view: play/pause, speed 0.5×–4×, a scrubbable timeline with a
// marker at each critical error, and the time. They read the replay clock ten times a second
// (never per frame) and write it directly; Space plays or pauses, arrows on the slider seek.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplayClock } from '../../workshop/contract';
import { replaySpeeds, seekReplayClock, toggleReplayClock } from '../../workshop/replayClock';
import { formatDuration } from '../../i18n/format';
import { isKeyboardControl } from '../../workshop/runtime/keyTargets';

export interface ReplayMarker {
  t: number;
  label: string;
}

export function ReplayControls({ clock, markers }: { clock: ReplayClock; markers: readonly ReplayMarker[] }) {
  const { t } = useTranslation();
  const [view, setView] = useState(() => ({ timeMs: clock.timeMs, playing: clock.playing, speed: clock.speed }));
  useEffect(() => {
    const timer = window.setInterval(() => setView({ timeMs: clock.timeMs, playing: clock.playing, speed: clock.speed }), 100);
    const onKey = (event: KeyboardEvent) => {
      // Space plays or pauses from the page, the 3D view and the timeline (a slider has no use
      // for Space); a focused button, link or field keeps its own Space.
      const onTimeline = (event.target as Element | null)?.matches?.('input[type="range"]') === true;
      if (event.code !== 'Space' || (isKeyboardControl(event.target) && !onTimeline)) return;
      event.preventDefault();
      toggleReplayClock(clock);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [clock]);
  const refresh = () => setView({ timeMs: clock.timeMs, playing: clock.playing, speed: clock.speed });
  const duration = Math.max(1, clock.durationMs);

  return (
    <div className="replay-controls" role="group" aria-label={t('replay.controls')} data-testid="replay-controls">
      <button
        type="button"
        className="button primary replay-play"
        aria-pressed={view.playing}
        data-testid="replay-play"
        onClick={() => {
          toggleReplayClock(clock);
          refresh();
        }}
      >
        {view.playing ? `❚❚ ${t('replay.pause')}` : `▶ ${t('replay.play')}`}
      </button>
      <div className="replay-track">
        <input
          type="range"
          min={0}
          max={duration}
          step={10}
          value={Math.round(view.timeMs)}
          aria-label={t('replay.timeline')}
          aria-valuetext={`${formatDuration(view.timeMs)} / ${formatDuration(duration)}`}
          data-testid="replay-timeline"
          onChange={(event) => {
            seekReplayClock(clock, Number(event.target.value));
            refresh();
          }}
        />
        <div className="replay-markers">
          {markers.map((marker) => (
            <button
              key={`${marker.t}-${marker.label}`}
              type="button"
              className="replay-marker"
              style={{ left: `${(marker.t / duration) * 100}%` }}
              title={marker.label}
              aria-label={t('replay.jumpTo', { label: marker.label, time: formatDuration(marker.t) })}
              data-testid="replay-marker"
              onClick={() => {
                seekReplayClock(clock, Math.max(0, marker.t - 1000));
                refresh();
              }}
            />
          ))}
        </div>
      </div>
      <span className="replay-time" aria-hidden="true">
        {formatDuration(view.timeMs)} / {formatDuration(duration)}
      </span>
      <label className="replay-speed">
        <span>{t('replay.speed')}</span>
        <select
          value={view.speed}
          data-testid="replay-speed"
          onChange={(event) => {
            clock.speed = Number(event.target.value);
            refresh();
          }}
        >
          {replaySpeeds.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
