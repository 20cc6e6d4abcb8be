// One page of sessions as a table: sortable headers (aria-sort), a link to each session's
// review and, for finished ones, to its 3D replay.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SceneSummary } from '../../../scenes/protocol/rest';
import type { Page, SessionListItem } from '../../../scenes/protocol/review';
import type { Loadable } from '../../app/useApi';
import { ErrorNotice, Loading } from '../Status';
import { ColumnHeader, DataTable } from '../DataTable';
import { Pagination } from './Pagination';
import { formatDateTime, formatDuration, formatScore, sessionDurationMs, uiLanguage } from '../../i18n/format';
import { sceneTitle } from '../sceneText';
import type { SessionFilters, SessionSortKey } from './sessionQuery';

export interface SessionTableProps {
  items: readonly SessionListItem[];
  caption: string;
  showLearner: boolean;
  /** False where the list is of one scene already (the class page's scene selector). */
  showScene?: boolean;
  filters: Pick<SessionFilters, 'sort' | 'order'>;
  onSort(key: SessionSortKey): void;
  catalogue?: readonly SceneSummary[];
}

function SortableHeader({ column, label, filters, onSort, numeric }: { column: SessionSortKey; label: string; filters: SessionTableProps['filters']; onSort(key: SessionSortKey): void; numeric?: boolean }) {
  const active = filters.sort === column;
  const sort = active ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (filters.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Verdict({ item }: { item: SessionListItem }): ReactNode {
  const { t } = useTranslation();
  if (item.status === 'active') return <span className="chip neutral">{t('tables.inProgress')}</span>;
  if (item.status === 'abandoned') return <span className="chip neutral abandoned">{t('openAttempt.abandoned')}</span>;
  if (item.passed === undefined) return '–';
  const verdict = <span className={`chip ${item.passed ? 'pass' : 'fail'}`}>{item.passed ? t('tables.passed') : t('tables.failed')}</span>;
  // An exam attempt the server ended (time over, stopped by an assessor) is scored like a finish; say how it ended.
  if (item.status === 'timed_out' || item.status === 'stopped') {
    return (
      <>
        {verdict} <span className="chip neutral">{t(item.status === 'timed_out' ? 'tables.timedOut' : 'tables.stopped')}</span>
      </>
    );
  }
  return verdict;
}

export function SessionTable({ items, caption, showLearner, showScene = true, filters, onSort, catalogue }: SessionTableProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const header = (column: SessionSortKey, label: string, numeric?: boolean) => (
    <SortableHeader column={column} label={label} filters={filters} onSort={onSort} numeric={numeric} />
  );
  return (
    <DataTable
      caption={caption}
      testId="session-table"
      header={
        <>
          {showLearner && header('learner', t('tables.learner'))}
          {showScene && header('scene', t('tables.scene'))}
          <ColumnHeader>{t('tables.mode')}</ColumnHeader>
          {header('startedAt', t('tables.startedAt'))}
          {header('finishedAt', t('tables.finishedAt'))}
          {header('total', t('tables.total'), true)}
          <ColumnHeader>{t('tables.result')}</ColumnHeader>
          <ColumnHeader numeric>{t('tables.critical')}</ColumnHeader>
          <ColumnHeader>{t('tables.comment')}</ColumnHeader>
          <ColumnHeader>{t('tables.replay')}</ColumnHeader>
        </>
      }
    >
      {items.map((item) => {
        const started = formatDateTime(item.startedAt, language);
        const duration = sessionDurationMs(item.startedAt, item.finishedAt);
        return (
          <tr key={item.id} data-testid={`session-row-${item.id}`}>
            {showLearner && <td>{item.learnerName}</td>}
            {showScene && <td>{sceneTitle(item.sceneId, language, catalogue)}</td>}
            <td>{item.mode === 'exam' ? t('tables.exam') : t('tables.practice')}</td>
            <td className="nowrap">
              <Link to={`/sessions/${encodeURIComponent(item.id)}`} aria-label={t('tables.openSession', { name: item.learnerName, date: started })}>
                {started}
              </Link>
            </td>
            <td className="nowrap">
              {item.finishedAt ? formatDateTime(item.finishedAt, language) : '–'}
              {duration !== undefined && (
                <span className="muted small cell-note">
                  {t('tables.durationValue', { duration: formatDuration(duration) })}
                </span>
              )}
            </td>
            <td className="num">{formatScore(item.total, language)}</td>
            <td>
              <Verdict item={item} />
            </td>
            <td className="num">{item.criticalCount === undefined ? '–' : item.criticalCount > 0 ? <strong className="danger-text">{item.criticalCount}</strong> : 0}</td>
            <td>
              {item.hasComment ? (
                <span className="comment-mark" title={t('tables.hasComment')}>
                  <span aria-hidden="true">💬</span>
                  <span className="visually-hidden">{t('tables.hasComment')}</span>
                </span>
              ) : null}
            </td>
            <td>
              {item.status !== 'active' && (
                <Link
                  className="replay-link"
                  to={`/sessions/${encodeURIComponent(item.id)}/replay`}
                  aria-label={t('tables.replayLabel', { name: item.learnerName, date: started })}
                  data-testid={`replay-${item.id}`}
                >
                  <span aria-hidden="true">▶</span> {t('tables.replayLink')}
                </Link>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** A loaded page of sessions: loading and error states, the table or an empty note, and the pager. */
export function PagedSessionTable({ list, empty, pagerLabel, filters, onSort, onPage, onPageSize, ...table }: Omit<SessionTableProps, 'items' | 'filters'> & {
  filters: Pick<SessionFilters, 'sort' | 'order' | 'page' | 'pageSize'>;
  list: Loadable<Page<SessionListItem>>;
  empty: string;
  pagerLabel: string;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}) {
  if (list.state === 'loading') return <Loading />;
  if (list.state === 'error') return <ErrorNotice error={list.error} onRetry={list.retry} />;
  return (
    <>
      {list.data.items.length === 0 ? <p className="empty">{empty}</p> : <SessionTable items={list.data.items} filters={filters} onSort={onSort} {...table} />}
      {list.data.total > 0 && (
        <Pagination page={filters.page} pageSize={filters.pageSize} total={list.data.total} onPage={onPage} onPageSize={onPageSize} label={pagerLabel} />
      )}
    </>
  );
}
