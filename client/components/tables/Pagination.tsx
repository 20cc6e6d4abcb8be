// Previous / next, "page x of y" and rows per page for a server-paged list.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pageCount, sessionPageSizes } from './sessionQuery';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
  onPageSize(pageSize: number): void;
  label: string;
}

export function Pagination({ page, pageSize, total, onPage, onPageSize, label }: PaginationProps) {
  const { t } = useTranslation();
  const sizeId = useId();
  const pages = pageCount(total, pageSize);
  const sizes = sessionPageSizes.includes(pageSize as (typeof sessionPageSizes)[number]) ? sessionPageSizes : [...sessionPageSizes, pageSize].sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button ghost small-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">‹</span> {t('tables.previous')}
      </button>
      <span className="page-of" aria-live="polite">
        {t('tables.pageOf', { page: Math.min(page, pages), pages })} · {t('tables.rows', { count: total })}
      </span>
      <button type="button" className="button ghost small-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('tables.next')} <span aria-hidden="true">›</span>
      </button>
      <span className="page-size">
        <label htmlFor={sizeId}>{t('tables.pageSize')}</label>
        <select id={sizeId} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </span>
    </nav>
  );
}
