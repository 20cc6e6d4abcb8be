// "Hand in your exam now?": a modal confirmation before an early hand-in, since nothing can be
// undone after it. Focus starts on "Keep working" (the safe choice); Escape keeps working too.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { panelPointerGuard } from '../../../workshop/runtime/OverlayPanel';

export function HandInDialog({ timeLeft, onConfirm, onCancel }: { timeLeft: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    keep.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [onCancel]);
  return (
    <div className="exam-dialog-backdrop" {...panelPointerGuard}>
      <section className="card narrow exam-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid="hand-in-dialog">
        <h2 id={`${id}-title`}>{t('examCandidate.workshop.confirmTitle')}</h2>
        <p id={`${id}-body`}>{t('examCandidate.workshop.confirmBody', { time: timeLeft })}</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={onConfirm} data-testid="confirm-hand-in">
            {t('examCandidate.workshop.confirmYes')}
          </button>
          <button ref={keep} type="button" className="button ghost" onClick={onCancel} data-testid="keep-working">
            {t('examCandidate.workshop.confirmNo')}
          </button>
        </div>
      </section>
    </div>
  );
}
