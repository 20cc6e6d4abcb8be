// The learner has an open practice attempt of this scene (on this device or another): continue
// it, or discard it and start over. A labelled dialog that takes focus when it appears.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionListItem } from '../../../scenes/protocol/review';

export interface OpenAttemptPromptProps {
  open: SessionListItem;
  sceneTitle: string;
  discarding: boolean;
  /** The error code of a discard that failed, if one did. */
  error?: string;
  onContinue(): void;
  onDiscard(): void;
}

export function OpenAttemptPrompt({ open, sceneTitle, discarding, error, onContinue, onDiscard }: OpenAttemptPromptProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const continueButton = useRef<HTMLButtonElement>(null);
  useEffect(() => continueButton.current?.focus(), []);
  const started = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(open.startedAt));
  return (
    <section className="card narrow open-attempt" role="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid="open-attempt">
      <h1 id={`${id}-title`}>{t('openAttempt.title')}</h1>
      <p id={`${id}-body`}>{t('openAttempt.body', { scene: sceneTitle, started })}</p>
      <p className="muted small">{t('openAttempt.discardNote')}</p>
      {error && (
        <p className="notice error" role="alert">
          {t('openAttempt.discardFailed')}
        </p>
      )}
      <div className="actions">
        <button ref={continueButton} type="button" className="button primary" onClick={onContinue} disabled={discarding} data-testid="continue-attempt">
          {t('openAttempt.continue')}
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={discarding} aria-busy={discarding} data-testid="discard-attempt">
          {discarding ? t('openAttempt.discarding') : t('openAttempt.discard')}
        </button>
        <Link className="button ghost" to="/">
          {t('workshop.back')}
        </Link>
      </div>
    </section>
  );
}
