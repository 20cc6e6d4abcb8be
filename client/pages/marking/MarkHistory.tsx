// Every mark given and changed on a candidate (who, when, from, to, note), oldest first, from
// GET .../marks/history: the record the judges and the lead can point to after sign-off.
import { useTranslation } from 'react-i18next';
import type { JudgementAspect } from '../../../scenes/protocol/marking';
import type { Loadable } from '../../app/useApi';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime, formatNumber, uiLanguage } from '../../i18n/format';
import { aspectTitle } from './aspectText';
import type { MarkHistoryResponse } from '../../../scenes/protocol/marking';

export function MarkHistory({ history, aspects }: { history: Loadable<MarkHistoryResponse>; aspects: readonly JudgementAspect[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  if (history.state === 'loading') return <Loading />;
  if (history.state === 'error') return <ErrorNotice error={history.error} onRetry={history.retry} />;
  const { changes } = history.data;
  if (changes.length === 0) return <p className="empty">{t('examMarking.history.empty')}</p>;
  return (
    <DataTable
      caption={t('examMarking.history.caption')}
      testId="mark-history"
      header={
        <>
          <ColumnHeader>{t('examMarking.history.when')}</ColumnHeader>
          <ColumnHeader>{t('examMarking.history.who')}</ColumnHeader>
          <ColumnHeader>{t('examMarking.history.aspect')}</ColumnHeader>
          <ColumnHeader numeric>{t('examMarking.history.from')}</ColumnHeader>
          <ColumnHeader numeric>{t('examMarking.history.to')}</ColumnHeader>
          <ColumnHeader>{t('examMarking.history.note')}</ColumnHeader>
        </>
      }
    >
      {changes.map((change, n) => (
        <tr key={`${change.at}-${change.assessorId}-${change.aspectId}-${n}`} data-testid="mark-change">
          <td className="nowrap">{formatDateTime(change.at, language)}</td>
          <th scope="row">{change.assessorName}</th>
          <td>
            {aspectTitle(
              aspects.find((a) => a.id === change.aspectId),
              change.aspectId,
              language,
            )}
          </td>
          <td className="num">{change.from === null ? t('examMarking.history.first') : formatNumber(change.from, language, 0)}</td>
          <td className="num">{formatNumber(change.to, language, 0)}</td>
          <td>{change.note ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}
