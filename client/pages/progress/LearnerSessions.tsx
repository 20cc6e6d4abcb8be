// A learner's sessions, every scene, newest first by default: sortable, paged, CSV.
import { useTranslation } from 'react-i18next';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { CsvButton } from '../../components/csv/CsvButton';
import { csvFileName } from '../../components/csv/csvDownload';
import { sessionListQueryString } from '../../components/tables/sessionQuery';
import { PagedSessionTable } from '../../components/tables/SessionTable';
import { useSessionFilters } from '../../components/tables/useSessionFilters';

export function LearnerSessions({ learner, catalogue }: { learner: { id: string; name: string }; catalogue: readonly SceneSummary[] }) {
  const { t } = useTranslation();
  const { filters, sortBy, goToPage, change } = useSessionFilters();
  const list = useApi(endpoints.learnerSessions(learner.id, sessionListQueryString(filters)));
  const caption = t('progress.sessionsCaption', { name: learner.name });
  return (
    <section aria-labelledby="learner-sessions-title" className="section" data-testid="learner-sessions">
      <div className="panel-head">
        <h2 id="learner-sessions-title">{t('progress.sessionsTitle')}</h2>
        <CsvButton path={endpoints.learnerSessions(learner.id, sessionListQueryString(filters, 'csv')).path} fileName={csvFileName([learner.name, 'sessions'])} what={caption} testId="learner-sessions-csv" />
      </div>
      <PagedSessionTable
        list={list}
        empty={t('progress.noSessions')}
        caption={caption}
        showLearner={false}
        filters={filters}
        onSort={sortBy}
        onPage={goToPage}
        onPageSize={(pageSize) => change({ pageSize })}
        pagerLabel={t('tables.pagination', { what: t('progress.sessionsTitle') })}
        catalogue={catalogue}
      />
    </section>
  );
}
