// Customers' names for the complaint pages: a complaint carries only its customer's id. The newest customers come in
// one list call, the rest one by one (a few at most), and every name is kept for the tab's life: names rarely change.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';

const names = new Map<string, string>();
let recentLoaded: Promise<void> | null = null;
/** one page of look-ups by id at a time: more unknown customers than this show their short id until the next load */
const MAX_SINGLE_LOOKUPS = 20;

function remember(c: { id?: string; code?: string; name?: string }): void {
  if (c.id) names.set(c.id, c.name ? `${c.name}${c.code ? ` (${c.code})` : ''}` : c.code ?? c.id);
}

async function loadRecent(): Promise<void> {
  const { data } = await call(api.GET('/api/v1/customers', { params: { query: { size: 200, sort: ['createdAt,desc'] } } }));
  (data.items ?? []).forEach(remember);
}

async function lookUp(ids: string[]): Promise<void> {
  recentLoaded ??= loadRecent().catch(() => {
    recentLoaded = null;
  });
  await recentLoaded;
  const missing = [...new Set(ids)].filter((id) => !names.has(id)).slice(0, MAX_SINGLE_LOOKUPS);
  await Promise.all(missing.map((id) => call(api.GET('/api/v1/customers/{id}', { params: { path: { id } } }))
    .then(({ data }) => remember(data as Schemas['Requirements_CustomerView'])).catch(() => undefined)));
}

/** A customer's name for display: its name and code once known, its short id until then. */
export function customerName(id: string | undefined): string {
  if (!id) return '';
  return names.get(id) ?? `${id.slice(0, 8)}…`;
}

/** Looks the names of these customers up; the component re-renders when they are known. */
export function useCustomerNames(ids: (string | undefined)[]): (id: string | undefined) => string {
  const [, setKnown] = useState(0);
  const key = [...new Set(ids.filter((id): id is string => !!id))].sort().join(',');
  useEffect(() => {
    const wanted = key ? key.split(',') : [];
    if (wanted.every((id) => names.has(id))) return;
    let live = true;
    void lookUp(wanted).then(() => live && setKnown((n) => n + 1));
    return () => {
      live = false;
    };
  }, [key]);
  return customerName;
}

/** Remembers customers listed elsewhere (the picker's search results). */
export function rememberCustomers(list: { id?: string; code?: string; name?: string }[]): void {
  list.forEach(remember);
}
