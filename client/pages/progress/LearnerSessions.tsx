// A learner's sessions, every scene, newest first by default: sortable, paged, CSV.
import { useTranslation } from 'react-i18next';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import type { Page, SessionListItem } from '../../../scenes/protocol/review';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { CsvButton } from '../teacher/CsvButton';
import { csvFileName } from '../teacher/csvDownload';
import { Pagination } from '../teacher/Pagination';
import { sessionListQueryString } from '../teacher/sessionQuery';
import { SessionTable } from '../teacher/SessionTable';
import { useSessionFilters } from '../teacher/useSessionFilters';

export function LearnerSessions({ learner, catalogue }: { learner: { id: string; name: string }; catalogue: readonly SceneSummary[] }) {
  const { t } = useTranslation();
  const { filters, sortBy, goToPage, change } = useSessionFilters();
  const base = `/learners/${encodeURIComponent(learner.id)}/sessions`;
  const list = useApi<Page<SessionListItem>>(`${base}${sessionListQueryString(filters)}`);
  const caption = t('progress.sessionsCaption', { name: learner.name });
  return (
    <section aria-labelledby="learner-sessions-title" className="section" data-testid="learner-sessions">
      <div className="panel-head">
        <h2 id="learner-sessions-title">{t('progress.sessionsTitle')}</h2>
        <CsvButton path={`${base}${sessionListQueryString(filters, 'csv')}`} fileName={csvFileName([learner.name, 'sessions'])} what={caption} testId="learner-sessions-csv" />
      </div>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <ErrorNotice error={list.error} />}
      {list.state === 'ready' && (
        <>
          {list.data.items.length === 0 ? (
            <p className="empty">{t('progress.noSessions')}</p>
          ) : (
            <SessionTable items={list.data.items} caption={caption} showLearner={false} filters={filters} onSort={sortBy} catalogue={catalogue} />
          )}
          {list.data.total > 0 && (
            <Pagination
              page={filters.page}
              pageSize={filters.pageSize}
              total={list.data.total}
              onPage={goToPage}
              onPageSize={(pageSize) => change({ pageSize })}
              label={t('tables.pagination', { what: t('progress.sessionsTitle') })}
            />
          )}
        </>
      )}
    </section>
  );
}
