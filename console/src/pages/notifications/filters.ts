// The mail log's filters and page, kept in the link (?recipient=&status=&aboutType=&aboutId=&page=) so a filtered list
// can be reloaded or sent to a colleague.
import type { Schemas } from '../../api/client';

export const MAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export const PAGE_SIZE = 20;
/** The gateway reaches back this many mails per service ((page + 1) × size at most). */
export const DEEPEST = 200;

export interface MailFilters {
  recipient: string;
  status: '' | Schemas['Gateway_MailStatus'];
  aboutType: string;
  aboutId: string;
}

export function filtersFrom(query: URLSearchParams): MailFilters & { page: number } {
  const status = query.get('status') ?? '';
  const page = Number(query.get('page') ?? '0');
  return {
    recipient: query.get('recipient') ?? '',
    status: (MAIL_STATUSES as readonly string[]).includes(status) ? (status as MailFilters['status']) : '',
    aboutType: query.get('aboutType') ?? '',
    aboutId: query.get('aboutId') ?? '',
    page: Number.isInteger(page) && page >= 0 ? Math.min(page, lastReachablePage()) : 0,
  };
}

export function lastReachablePage(size = PAGE_SIZE): number {
  return Math.floor(DEEPEST / size) - 1;
}

/** The link of a filtered page: empty filters are left out. */
export function linkOf(filters: MailFilters, page = 0): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v.trim());
  if (page > 0) q.set('page', String(page));
  const s = q.toString();
  return s ? `/notifications?${s}` : '/notifications';
}

/** The query the API is asked with: only the filters given. */
export function apiQuery(filters: MailFilters & { page: number }) {
  return {
    recipient: filters.recipient || undefined,
    status: filters.status || undefined,
    aboutType: filters.aboutType || undefined,
    aboutId: filters.aboutId || undefined,
    page: filters.page,
    size: PAGE_SIZE,
  };
}
