// The class's learners with their attempts at the chosen scene, each linked to their progress.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { ColumnHeader, DataTable } from '../../components/DataTable';
import type { ClassRef } from './ClassSessions';
import { CsvButton } from '../../components/csv/CsvButton';
import { csvFileName } from '../../components/csv/csvDownload';
import { formatDateTime, formatNumber, formatScore, uiLanguage } from '../../i18n/format';
import { sceneTitle } from '../../components/sceneText';

export function ClassLearners({ classRef, sceneId, catalogue }: { classRef: ClassRef; sceneId: string; catalogue: readonly SceneSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const location = useLocation();
  const endpoint = endpoints.classLearners(classRef.id, `?scene=${encodeURIComponent(sceneId)}`);
  const learners = useApi(endpoint);
  const caption = t('classPage.learnersCaption', { code: classRef.code, scene: sceneTitle(sceneId, language, catalogue) });
  const back = { back: location.pathname + location.search, backLabel: `${classRef.code} ${classRef.name}` };

  return (
    <section aria-labelledby="learners-title" className="panel" data-testid="class-learners">
      <div className="panel-head">
        <h2 id="learners-title">{t('classPage.learnersTitle')}</h2>
        <CsvButton path={`${endpoint.path}&format=csv`} fileName={csvFileName([classRef.code, 'learners', sceneId])} what={caption} testId="learners-csv" />
      </div>
      {learners.state === 'loading' && <Loading />}
      {learners.state === 'error' && <ErrorNotice error={learners.error} subject="class" onRetry={learners.retry} />}
      {learners.state === 'ready' && learners.data.length === 0 && <p className="empty">{t('teacher.noStudents')}</p>}
      {learners.state === 'ready' && learners.data.length > 0 && (
        <DataTable
          caption={caption}
          testId="learner-table"
          header={
            <>
              <ColumnHeader>{t('tables.learner')}</ColumnHeader>
              <ColumnHeader numeric>{t('tables.attempts')}</ColumnHeader>
              <ColumnHeader numeric>{t('tables.finished')}</ColumnHeader>
              <ColumnHeader numeric>{t('tables.passedCount')}</ColumnHeader>
              <ColumnHeader numeric>{t('tables.best')}</ColumnHeader>
              <ColumnHeader numeric>{t('tables.last')}</ColumnHeader>
              <ColumnHeader>{t('tables.lastAttemptAt')}</ColumnHeader>
            </>
          }
        >
          {learners.data.map((learner) => (
            <tr key={learner.id}>
              <th scope="row">
                <Link
                  to={`/learners/${encodeURIComponent(learner.id)}/progress`}
                  state={back}
                  aria-label={t('classPage.viewProgress', { name: learner.name })}
                  data-testid={`progress-${learner.id}`}
                >
                  {learner.name}
                </Link>
              </th>
              <td className="num">{formatNumber(learner.attempts, language, 0)}</td>
              <td className="num">{formatNumber(learner.finished, language, 0)}</td>
              <td className="num">{formatNumber(learner.passedCount, language, 0)}</td>
              <td className="num">{formatScore(learner.bestScore, language)}</td>
              <td className="num">{formatScore(learner.lastScore, language)}</td>
              <td>{learner.lastAttemptAt ? formatDateTime(learner.lastAttemptAt, language) : '–'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
