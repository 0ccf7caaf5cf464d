import type { TableModel } from './series';

/** A chart's figures as a table: the first column names the row (month, category), the others are numbers. */
export function DataTable({ id, caption, table }: { id: string; caption: string; table: TableModel }) {
  return (
    <div class="table-wrap">
      <table data-table={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>{table.headers.map((h, i) => <th key={h} scope="col" class={i > 0 ? 'num' : undefined}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row">{row[0]}</th>
              {row.slice(1).map((cell, c) => <td key={c} class="num">{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
