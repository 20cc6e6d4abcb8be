// "Tải CSV" for one table: downloads the server's CSV of it as the signed-in user,
// its header row in the UI language (`lang=`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../app/api';
import { errorText } from '../Status';
import { uiLanguage } from '../../i18n/format';
import { csvPathInLanguage, downloadCsv } from './csvDownload';

export function CsvButton({ path, fileName, what, testId }: { path: string; fileName: string; what: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await downloadCsv(csvPathInLanguage(path, uiLanguage(i18n.language)), fileName);
    } catch (error) {
      setFailure(errorText(t, asApiError(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="csv-action">
      <button
        type="button"
        className="button ghost small-button"
        onClick={() => void download()}
        disabled={busy}
        aria-label={t('tables.downloadCsvLabel', { what })}
        data-testid={testId}
      >
        <span aria-hidden="true">⤓</span> {busy ? t('tables.downloading') : t('tables.downloadCsv')}
      </button>
      {failure && (
        <span className="field-error" role="alert">
          {failure}
        </span>
      )}
    </span>
  );
}
