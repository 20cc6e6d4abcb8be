// The step timeline of a procedure scene's attempt (review and marking pages): every action at
// its time, in order or out of order, critical errors at the action that caused them, and per
// scored procedure the steps that counted. An entry seeks the 3D replay on the same page
// (`onSeek`), or links to the replay page at that moment (`replayPath`?t=ms).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StepTimelineView, TimelineRow } from './stepTimeline';
import { clockTime } from './stepTimeline';
import './stepTimeline.css';

export interface StepTimelineProps {
  view: StepTimelineView;
  /** Seeks the replay shown on this page to `t` ms. */
  onSeek?: (t: number) => void;
  /** Without `onSeek`: the replay page's path; each entry links to it with ?t=. */
  replayPath?: string;
}

function Seek({ row, onSeek, replayPath, children }: Omit<StepTimelineProps, 'view'> & { row: TimelineRow; children: ReactNode }) {
  const { t } = useTranslation();
  const label = t('stepTimeline.seek', { time: row.time, label: row.label });
  if (onSeek) {
    return (
      <button type="button" className="timeline-seek" aria-label={label} onClick={() => onSeek(row.t)} data-testid="timeline-seek">
        {children}
      </button>
    );
  }
  if (replayPath) {
    return (
      <Link className="timeline-seek" aria-label={label} to={`${replayPath}?t=${Math.round(row.t)}`} data-testid="timeline-seek">
        {children}
      </Link>
    );
  }
  return <span className="timeline-seek">{children}</span>;
}

export function StepTimeline({ view, onSeek, replayPath }: StepTimelineProps) {
  const { t } = useTranslation();
  const id = useId();
  const actions = view.rows.filter((row) => row.seq > 0).length;
  return (
    <section className="card step-timeline" aria-labelledby={`${id}-title`} data-testid="step-timeline">
      <h2 id={`${id}-title`}>{t('stepTimeline.title')}</h2>
      <p className="muted small">{t('stepTimeline.help')}</p>
      <p data-testid="timeline-summary">{t('stepTimeline.summary', { actions, outOfOrder: view.outOfOrder, critical: view.critical })}</p>
      <div className="step-timeline-parts">
        <section aria-labelledby={`${id}-actions`}>
          <h3 id={`${id}-actions`}>{t('stepTimeline.actionsTitle')}</h3>
          {view.rows.length === 0 && <p className="empty">{t('stepTimeline.none')}</p>}
          <ol className="timeline-list">
            {view.rows.map((row, index) => (
              <li
                key={`${row.seq}-${index}`}
                className={row.critical.length > 0 ? 'has-critical' : undefined}
                data-testid="timeline-entry"
                data-t={row.t}
                data-order={row.step ? (row.step.inOrder ? 'in' : 'out') : undefined}
              >
                <Seek row={row} onSeek={onSeek} replayPath={replayPath}>
                  <time dateTime={`PT${Math.floor(row.t / 1000)}S`}>{row.time}</time> <span>{row.label}</span>
                </Seek>
                {row.step && (
                  <p className={`timeline-mark ${row.step.inOrder ? 'in-order' : 'out-of-order'}`} data-testid="timeline-step">
                    <span aria-hidden="true">{row.step.inOrder ? '✓' : '✗'}</span> {t(row.step.inOrder ? 'stepTimeline.inOrder' : 'stepTimeline.outOfOrder', { step: row.step.name })}
                  </p>
                )}
                {row.critical.map((c) => (
                  <p key={c.id} className="timeline-mark critical-mark" data-testid="timeline-critical">
                    <span aria-hidden="true">⚠</span> {t('stepTimeline.critical', { name: c.name })}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby={`${id}-checklist`} data-testid="step-checklist">
          <h3 id={`${id}-checklist`}>{t('stepTimeline.checklistTitle')}</h3>
          {view.checklists.map((list) => (
            <div key={list.criterionId} className="timeline-checklist">
              <h4>
                {list.name} <span className="muted small">({t('stepTimeline.counted', { counted: list.counted, total: list.steps.length })})</span>
              </h4>
              <ol>
                {list.steps.map((step) => (
                  <li key={step.id} className={step.countedAt === undefined ? 'missed' : 'done'} data-testid="checklist-step" data-counted={step.countedAt !== undefined}>
                    <span aria-hidden="true">{step.countedAt === undefined ? '○' : '✓'}</span> {step.name}
                    {' — '}
                    <span className="muted">{step.countedAt === undefined ? t('stepTimeline.stepMissed') : t('stepTimeline.stepDone', { time: clockTime(step.countedAt) })}</span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      </div>
    </section>
  );
}
