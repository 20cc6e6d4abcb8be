// Sorting and filtering the tiles: name search, status, only alerts, sort key, alerts first.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sortKeys, statusFilters, type SortKey, type StatusFilter, type TileArrangement } from './arrangeTiles';

export function TileControls({ value, onChange }: { value: TileArrangement; onChange(next: TileArrangement): void }) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<TileArrangement>) => onChange({ ...value, ...patch });
  return (
    <form className="filters proctor-controls" role="search" aria-label={t('examProctor.controls.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="filter">
        <label htmlFor={`${id}-search`}>{t('examProctor.controls.search')}</label>
        <input id={`${id}-search`} type="search" value={value.search} onChange={(event) => set({ search: event.target.value })} data-testid="filter-search" />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-status`}>{t('examProctor.controls.status')}</label>
        <select id={`${id}-status`} value={value.status} onChange={(event) => set({ status: event.target.value as StatusFilter })} data-testid="filter-status">
          {statusFilters.map((status) => (
            <option key={status} value={status}>
              {t(`examProctor.controls.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-sort`}>{t('examProctor.controls.sort')}</label>
        <select id={`${id}-sort`} value={value.sort} onChange={(event) => set({ sort: event.target.value as SortKey })} data-testid="sort-key">
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`examProctor.controls.sorts.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox proctor-check">
        <input type="checkbox" checked={value.alertsFirst} onChange={(event) => set({ alertsFirst: event.target.checked })} data-testid="sort-alerts-first" />
        {t('examProctor.controls.alertsFirst')}
      </label>
      <label className="checkbox proctor-check">
        <input type="checkbox" checked={value.onlyAlerts} onChange={(event) => set({ onlyAlerts: event.target.checked })} data-testid="filter-alerts" />
        {t('examProctor.controls.onlyAlerts')}
      </label>
    </form>
  );
}
