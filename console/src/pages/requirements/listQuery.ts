// The requirements list's filters, sort and page: kept in the hash (#/requirements?status=CAPTURED&page=1), so a list
// can be bookmarked, reloaded and sent on; the same filters ask for the CSV export.

export const SORTS = ['createdAt,desc', 'createdAt,asc', 'updatedAt,desc', 'status,asc', 'source,asc', 'revision,desc'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 20;

export interface ListQuery {
  status: string;
  customerId: string;
  source: string;
  sort: Sort;
  page: number;
}

export function readQuery(q: URLSearchParams): ListQuery {
  const sort = q.get('sort') as Sort | null;
  return {
    status: q.get('status') ?? '', customerId: q.get('customerId') ?? '', source: q.get('source') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'createdAt,desc', page: Math.max(0, Number(q.get('page')) || 0),
  };
}

/** The query string: only what differs from the defaults. */
export function writeQuery(l: ListQuery): string {
  const q = new URLSearchParams();
  if (l.status) q.set('status', l.status);
  if (l.customerId) q.set('customerId', l.customerId);
  if (l.source) q.set('source', l.source);
  if (l.sort !== 'createdAt,desc') q.set('sort', l.sort);
  if (l.page > 0) q.set('page', String(l.page));
  return q.toString();
}

/** The API's filter parameters (not the page) for the CSV export. */
export function csvPath(l: ListQuery): string {
  const q = new URLSearchParams();
  if (l.status) q.set('status', l.status);
  if (l.customerId) q.set('customerId', l.customerId);
  if (l.source) q.set('source', l.source);
  q.set('sort', l.sort);
  return `/api/v1/requirements?${q}`;
}
