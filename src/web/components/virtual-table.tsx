/**
 * A table that stays fast with 100,000 rows: only the visible rows are in the DOM
 * (@tanstack/react-virtual), pages are fetched from the server as the user scrolls near the end,
 * the header is sticky and sortable columns are buttons that announce their order.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useI18n } from '../i18n';

export type Column<T> = {
  key: string;
  label: string;
  width?: string;
  sortable?: boolean;
  align?: 'right' | 'center';
  render: (row: T) => ReactNode;
};

export type Sort = { key: string; desc: boolean } | null;

type Props<T> = {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  sort?: Sort;
  onSort?: (s: Sort) => void;
  hasMore?: boolean;
  loading?: boolean;
  onLoadMore?: () => void;
  rowClass?: (row: T) => string | undefined;
  rowHeight?: number;
};

export function VirtualTable<T>({ label, rows, columns, rowKey, sort, onSort, hasMore, loading, onLoadMore, rowClass, rowHeight = 30 }: Props<T>) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (hasMore && !loading && onLoadMore && last >= rows.length - 30) onLoadMore();
  }, [last, rows.length, hasMore, loading, onLoadMore]);

  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <table className="grid" aria-label={label} aria-rowcount={hasMore ? -1 : rows.length + 1}>
        <colgroup>{columns.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}</colgroup>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              const ariaSort = active ? (sort!.desc ? 'descending' : 'ascending') : c.sortable ? 'none' : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={c.align ? `al-${c.align}` : undefined}>
                  {c.sortable && onSort ? (
                    <button type="button" className="sort-btn" onClick={() => onSort(active ? { key: c.key, desc: !sort!.desc } : { key: c.key, desc: false })}>
                      {c.label}
                      <span aria-hidden="true" className="sort-ind">{active ? (sort!.desc ? '▼' : '▲') : ''}</span>
                      {active && <span className="visually-hidden">, {sort!.desc ? t('list.sortDesc') : t('list.sortAsc')}</span>}
                    </button>
                  ) : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columns.length} style={{ height: top }} /></tr>}
          {items.map((vi) => {
            const row = rows[vi.index];
            return (
              <tr key={rowKey(row)} aria-rowindex={vi.index + 2} className={`${vi.index % 2 ? 'odd' : 'even'} ${rowClass?.(row) ?? ''}`} style={{ height: rowHeight }}>
                {columns.map((c) => <td key={c.key} className={c.align ? `al-${c.align}` : undefined}>{c.render(row)}</td>)}
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columns.length} style={{ height: bottom }} /></tr>}
          {!rows.length && <tr><td colSpan={columns.length} className="empty">{loading ? t('list.loading') : t('list.empty')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
