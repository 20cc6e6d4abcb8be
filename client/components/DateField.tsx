// A calendar-day field that shows and reads the UI language's form (dd/mm/yyyy), whatever the
// browser's locale (a native date input follows the browser, not the page). The value in and
// out is an ISO day (YYYY-MM-DD), as the URL and the API keep it. It commits on Enter or when
// focus leaves; a date that cannot be read is said so next to the field and not applied.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, formatDayInput, parseDayInput } from '../i18n/dateInput';
import { uiLanguage } from '../i18n/format';

export interface DateFieldProps {
  label: string;
  value: string | undefined;
  onChange(iso: string | undefined): void;
  testId?: string;
}

export function DateField({ label, value, onChange, testId }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const id = useId();
  const shown = formatDayInput(value, language);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (the URL, "clear filters", the language switch) replaces the draft.
  useEffect(() => {
    setDraft(shown);
    setInvalid(false);
  }, [shown]);

  const example = formatDayInput('2026-11-23', language);
  const pattern = datePlaceholder(language);
  const commit = () => {
    const text = draft.trim();
    if (text === '') {
      setInvalid(false);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const iso = parseDayInput(text, language);
    if (!iso) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(formatDayInput(iso, language));
    if (iso !== value) onChange(iso);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  return (
    <div className="filter date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        size={10}
        placeholder={pattern}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'} aria-live="polite">
        {invalid ? t('dateField.invalid', { pattern, example }) : t('dateField.hint', { example })}
      </span>
    </div>
  );
}
