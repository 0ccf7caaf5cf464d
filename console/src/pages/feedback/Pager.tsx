import { tc } from '../../ui/messages';

/** Previous / next over a page list ({items, page, size, total}), with where one is. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return <p class="note">{tc('total', { total })}</p>;
  return (
    <nav class="actions pager" aria-label={tc('pageOf', { page: page + 1, pages })}>
      <button type="button" id="page-previous" disabled={page === 0} onClick={() => onPage(page - 1)}>{tc('previous')}</button>
      <span aria-live="polite">{tc('pageOf', { page: page + 1, pages })} · {tc('total', { total })}</span>
      <button type="button" id="page-next" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>{tc('next')}</button>
    </nav>
  );
}
