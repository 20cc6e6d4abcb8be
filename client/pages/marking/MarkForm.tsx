// The judge's marks: per judgement aspect its descriptor and a 0–3 radio group with the mark
// meanings of standards/MARKING.md, an optional note, Save (PUT .../marks). Read-only (radios
// disabled, no Save) after sign-off, before the attempt ended, or for a viewer who is no judge.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markValues, maxMarkNoteLength, type JudgementAspect, type MarkingResponse } from '../../../scenes/protocol/marking';
import { apiSend, asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { errorText } from '../../app/problems';
import { formatNumber, uiLanguage } from '../../i18n/format';
import { aspectDescriptor, aspectTitle } from './aspectText';
import { draftChanged, draftFromMarking, draftProgress, marksToSend, type MarkDraft, type MarkingPresentation } from './markingView';

export interface MarkFormProps {
  examId: string;
  learnerId: string;
  aspects: readonly JudgementAspect[];
  view: MarkingPresentation;
  /** Why the form is read-only, when it is and is not signed off. */
  readOnlyReason?: string;
  onSaved(answer: MarkingResponse): void;
}

export function MarkForm({ examId, learnerId, aspects, view, readOnlyReason, onSaved }: MarkFormProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const ids = useId();
  const saved = draftFromMarking(
    aspects.map((a) => a.id),
    view.rows,
  );
  const [draft, setDraft] = useState<MarkDraft>(saved);
  const [note, setNote] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'empty'>('idle');
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const progress = draftProgress(draft);
  const disabled = !view.editable;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const marks = marksToSend(draft);
    if (Object.keys(marks).length === 0) {
      setState('empty');
      return;
    }
    setState('saving');
    setFailure(null);
    try {
      const answer = await apiSend(endpoints.putMarks(examId, learnerId, note.trim() ? { marks, note: note.trim() } : { marks }));
      setNote('');
      setState('saved');
      onSaved(answer);
    } catch (error) {
      setFailure(asApiError(error));
      setState('idle');
    }
  };

  return (
    <form className="mark-form" onSubmit={(event) => void submit(event)} noValidate aria-describedby={`${ids}-help`} data-testid="mark-form">
      <p id={`${ids}-help`} className="muted small">
        {t('examMarking.aspects.help')}
      </p>
      {readOnlyReason && (
        <p className="notice" data-testid="marking-read-only">
          {readOnlyReason}
        </p>
      )}
      {aspects.map((aspect) => (
        <fieldset key={aspect.id} className="mark-aspect" data-testid={`aspect-${aspect.id}`} aria-describedby={`${ids}-${aspect.id}-descriptor`} disabled={disabled}>
          <legend>
            <span className="mark-aspect-title">{aspectTitle(aspect, aspect.id, language)}</span>{' '}
            <span className="muted small">{t('examMarking.aspects.max', { max: formatNumber(aspect.max, language, 0) })}</span>
          </legend>
          <p id={`${ids}-${aspect.id}-descriptor`} className="mark-descriptor">
            {aspectDescriptor(aspect, language)}
          </p>
          <div className="mark-choices">
            {markValues.map((mark) => (
              <label key={mark} className="mark-choice">
                <input
                  type="radio"
                  name={`${ids}-${aspect.id}`}
                  value={mark}
                  checked={draft[aspect.id] === mark}
                  onChange={() => {
                    setDraft((current) => ({ ...current, [aspect.id]: mark }));
                    setState('idle');
                  }}
                  data-testid={`mark-${aspect.id}-${mark}`}
                />
                <span className="mark-value">{t(`examMarking.marks.${mark}.label`)}</span>
                <span className="mark-meaning">{t(`examMarking.marks.${mark}.meaning`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {!disabled && (
        <>
          <div className="field">
            <label htmlFor={`${ids}-note`}>{t('examMarking.aspects.note')}</label>
            <textarea
              id={`${ids}-note`}
              rows={2}
              maxLength={maxMarkNoteLength}
              value={note}
              aria-describedby={`${ids}-note-hint`}
              onChange={(event) => setNote(event.target.value)}
              data-testid="mark-note"
            />
            <span id={`${ids}-note-hint`} className="field-hint">
              {t('examMarking.aspects.noteHint')}
            </span>
          </div>
          <div className="mark-actions">
            <button type="submit" className="button primary" disabled={state === 'saving' || !draftChanged(draft, saved, note)} data-testid="save-marks">
              {state === 'saving' ? t('examMarking.aspects.saving') : t('examMarking.aspects.save')}
            </button>
            <span className="muted small" data-testid="mark-progress">
              {t('examMarking.aspects.progress', progress)}
            </span>
            <span role="status" aria-live="polite" data-testid="mark-status">
              {state === 'saved' && t('examMarking.aspects.saved')}
              {state === 'empty' && t('examMarking.aspects.nothingToSave')}
            </span>
          </div>
          {failure && (
            <p className="notice error" role="alert" data-testid="mark-error">
              {errorText(t, failure)}
            </p>
          )}
        </>
      )}
    </form>
  );
}
