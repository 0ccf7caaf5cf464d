// The typed client of the public API, generated from the gateway's merged OpenAPI document (docs/openapi.yaml, by
// openapi-typescript: `npm run generate`) and called through openapi-fetch. Every call carries the session's bearer
// token and the reader's language; every refusal becomes an ApiError holding the problem.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { lang } from '../i18n/i18n';
import { currentSession, sessionExpired } from '../auth/session';
import { ApiError, problemOf } from './problem';

export type Schemas = components['schemas'];
export type { paths };

export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    const session = currentSession();
    if (session && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${session.token}`);
    request.headers.set('Accept-Language', lang());
    return request;
  },
});

export interface Loaded<T> {
  data: T;
  /** the representation's version, to send back as If-Match when changing it */
  etag: string | null;
  response: Response;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits a call of the typed client: its data and ETag, or an ApiError with the problem. A network failure (the
 * gateway unreachable) is a problem with status 0; an expired session (401 without `reauthenticate`) signs out.
 */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<Loaded<T>> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (e) {
    throw new ApiError({ status: 0, title: 'network', detail: e instanceof Error ? e.message : String(e) });
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const failure = await problemOf(response, error);
    if (response.status === 401 && !failure.problem.reauthenticate && currentSession()) sessionExpired();
    throw failure;
  }
  return { data: data as T, etag: response.headers.get('ETag'), response };
}

/** Fetches a document the typed client does not model as JSON (a record's HTML, a CSV) with the same credentials. */
export async function fetchDocument(path: string, accept: string): Promise<Blob> {
  const headers = new Headers({ Accept: accept, 'Accept-Language': lang() });
  const session = currentSession();
  if (session) headers.set('Authorization', `Bearer ${session.token}`);
  let response: Response;
  try {
    response = await fetch(path, { headers });
  } catch (e) {
    throw new ApiError({ status: 0, title: 'network', detail: e instanceof Error ? e.message : String(e) });
  }
  if (!response.ok) throw await problemOf(response);
  return response.blob();
}

/** A fresh Idempotency-Key for one user action (kept while the action is retried). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

/** Throws if the (typed) payload is a problem: for code paths that must not continue. */
export function assertData<T>(value: T | undefined): T {
  if (value === undefined) throw new ApiError({ status: 0, title: 'empty' });
  return value;
}
