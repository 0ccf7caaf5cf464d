import type { BoardColumn } from './board';
import { BoardCard } from './BoardCard';
import { statusLabel, t } from './messages';

/** The complaints by status, one column per state in lifecycle order. */
export function ComplaintBoard({ columns, name }: { columns: BoardColumn[]; name: (id: string | undefined) => string }) {
  return (
    <div class="board" id="complaint-board">
      {columns.map((col) => (
        <section class="board-col" key={col.status} data-status={col.status} aria-labelledby={`col-${col.status}`}>
          <h2 id={`col-${col.status}`}>
            {statusLabel(col.status)} <span class="badge" data-count={col.total}>{col.total}</span>
          </h2>
          {col.items.length === 0 ? <p class="note">{t('emptyColumn')}</p> : (
            <ul>{col.items.map((c) => <BoardCard key={c.id} complaint={c} customer={name(c.customerId)} />)}</ul>
          )}
          {col.total > col.items.length && <p class="note">{t('shownOf', { shown: col.items.length, total: col.total })}</p>}
        </section>
      ))}
    </div>
  );
}
