// The app's data table: a captioned table in a scrollable, keyboard-focusable region named by
// its caption (wide tables scroll on phones), with column headers, numeric ones right-aligned.
import type { ReactNode } from 'react';

export function DataTable({ caption, header, children, testId, className }: {
  caption: string;
  /** The header row's cells: ColumnHeader, or cells of one's own (sortable headers). */
  header: ReactNode;
  /** The body rows. */
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>{header}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function ColumnHeader({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined}>
      {children}
    </th>
  );
}
