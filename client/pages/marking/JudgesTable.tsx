// Every judge's mark per aspect, the mean and the spread, once every judge has marked (before
// that, a line saying the judge sees their own marks alone). An aspect in disagreement (spread
// > 1) is highlighted: a tinted row, a "Disagreement" chip, and a notice above the table.
import { useTranslation } from 'react-i18next';
import type { JudgementAspect } from '../../../scenes/protocol/marking';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import { formatNumber, uiLanguage } from '../../i18n/format';
import { aspectTitle } from './aspectText';
import type { MarkingPresentation } from './markingView';

export interface Judge {
  id: string;
  name: string;
}

export function JudgesTable({ view, aspects, judges, viewerId }: { view: MarkingPresentation; aspects: readonly JudgementAspect[]; judges: readonly Judge[]; viewerId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  if (!view.showAll) {
    return (
      <p className="notice" data-testid="own-marks-only">
        {t('examMarking.judges.ownOnly')}
      </p>
    );
  }
  const count = view.disagreements.length;
  return (
    <>
      <p className={count > 0 ? 'notice disagreement-notice' : 'muted small'} role={count > 0 ? 'alert' : undefined} data-testid="disagreement-summary" data-count={count}>
        {count > 0 ? t('examMarking.judges.disagreementNotice', { count }) : t('examMarking.judges.noDisagreement')}
      </p>
      <DataTable
        caption={t('examMarking.judges.caption')}
        testId="judges-table"
        header={
          <>
            <ColumnHeader>{t('examMarking.judges.aspect')}</ColumnHeader>
            {judges.map((judge) => (
              <ColumnHeader numeric key={judge.id}>
                {judge.id === viewerId ? t('examMarking.judges.you', { name: judge.name }) : judge.name}
              </ColumnHeader>
            ))}
            <ColumnHeader numeric>{t('examMarking.judges.mean')}</ColumnHeader>
            <ColumnHeader numeric>{t('examMarking.judges.spread')}</ColumnHeader>
          </>
        }
      >
        {view.rows.map((row) => (
          <tr key={row.id} className={row.disagreement ? 'disagreement' : undefined} data-testid={`judges-row-${row.id}`} data-disagreement={row.disagreement}>
            <th scope="row">
              {aspectTitle(
                aspects.find((a) => a.id === row.id),
                row.id,
                language,
              )}
              {row.disagreement && (
                <>
                  {' '}
                  <span className="chip fail">{t('examMarking.judges.disagreement')}</span>
                </>
              )}
            </th>
            {judges.map((judge) => {
              const mark = row.marks.find((m) => m.assessorId === judge.id)?.mark;
              return (
                <td className="num" key={judge.id}>
                  {mark === undefined ? <span className="muted">{t('examMarking.judges.notMarked')}</span> : formatNumber(mark, language, 0)}
                </td>
              );
            })}
            <td className="num">{formatNumber(row.mean, language, 2)}</td>
            <td className="num">{formatNumber(row.spread, language, 0)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
