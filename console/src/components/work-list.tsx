import { Table, type PrimaryTableCol, type TableRowData } from 'tdesign-react';
import { useListKeys } from '../use-keys';

interface Props<T extends TableRowData & { id: string }> {
  items: T[];
  columns: PrimaryTableCol<T>[];
  loading: boolean;
  empty: string;
  /** Each row's data-testid, for the journeys. */
  rowTestId: string;
  open: (item: T) => void;
  refresh: () => void;
}

/** A staff work list: rows chosen with ↑/↓ or j/k and opened with Enter or a click; R refreshes. */
export function WorkList<T extends TableRowData & { id: string }>({ items, columns, loading, empty, rowTestId, open, refresh }: Props<T>) {
  const selected = useListKeys(items, open, refresh);
  return (
    <Table
      rowKey="id"
      data={items}
      columns={columns}
      loading={loading && items.length === 0}
      hover
      empty={empty}
      rowClassName={({ rowIndex }) => (rowIndex === selected ? 'row-selected' : '')}
      onRowClick={({ row }) => open(row)}
      rowAttributes={({ row }) => ({ 'data-testid': rowTestId, 'data-id': row.id })}
    />
  );
}
