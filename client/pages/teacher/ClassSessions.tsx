// The class's sessions for the chosen scene: filters, sortable table, server-side pages, CSV.
import { useTranslation } from 'react-i18next';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { CsvButton } from '../../components/csv/CsvButton';
import { csvFileName } from '../../components/csv/csvDownload';
import { uiLanguage } from '../../i18n/format';
import { sceneTitle } from '../../components/sceneText';
import { SessionFilterForm } from '../../components/tables/SessionFilterForm';
import { defaultSessionFilters, hasActiveFilters, sessionListQueryString } from '../../components/tables/sessionQuery';
import { PagedSessionTable } from '../../components/tables/SessionTable';
import { useSessionFilters } from '../../components/tables/useSessionFilters';

export interface ClassRef {
  id: string;
  code: string;
  name: string;
}

export function ClassSessions({ classRef, sceneId, catalogue }: { classRef: ClassRef; sceneId: string; catalogue: readonly SceneSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { filters, change, sortBy, goToPage, replace } = useSessionFilters({ scene: sceneId });
  const list = useApi(endpoints.classSessions(classRef.id, sessionListQueryString(filters)));
  const students = useApi(endpoints.classStudents(classRef.id));
  const scene = sceneTitle(sceneId, language, catalogue);
  const caption = t('classPage.sessionsCaption', { code: classRef.code, scene });

  return (
    <section aria-labelledby="sessions-title" className="panel" data-testid="class-sessions">
      <div className="panel-head">
        <h2 id="sessions-title">{t('classPage.sessionsTitle')}</h2>
        <CsvButton
          path={endpoints.classSessions(classRef.id, sessionListQueryString(filters, 'csv')).path}
          fileName={csvFileName([classRef.code, 'sessions', sceneId])}
          what={caption}
          testId="sessions-csv"
        />
      </div>
      <SessionFilterForm
        filters={filters}
        learners={students.state === 'ready' ? students.data : undefined}
        onChange={change}
        onClear={() => replace({ ...defaultSessionFilters, scene: sceneId, pageSize: filters.pageSize })}
        canClear={hasActiveFilters(filters, ['scene'])}
      />
      <PagedSessionTable
        list={list}
        empty={hasActiveFilters(filters, ['scene']) ? t('tables.emptyFiltered') : t('classPage.noSessions')}
        caption={caption}
        showLearner
        showScene={false}
        filters={filters}
        onSort={sortBy}
        onPage={goToPage}
        onPageSize={(pageSize) => change({ pageSize })}
        pagerLabel={t('tables.pagination', { what: t('classPage.sessionsTitle') })}
        catalogue={catalogue}
      />
    </section>
  );
}
