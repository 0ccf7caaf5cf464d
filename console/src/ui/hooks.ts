// Loading a resource, running a change, and following the live stream: the three things every page does.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';
import type { Loaded } from '../api/client';
import { subscribe, type LiveEvent } from '../live/stream';
import { reauthenticate } from './reauth';

export interface Resource<T> {
  data: T | null;
  etag: string | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads on mount and whenever `deps` change; `reload` loads again (after a change, a live event, a 412). */
export function useResource<T>(load: () => Promise<Loaded<T>>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data: T | null; etag: string | null; error: ApiError | null; loading: boolean }>(
    { data: null, etag: null, error: null, loading: true });
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const { data, etag } = await load();
      if (mine === generation.current) setState({ data, etag, error: null, loading: false });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) });
      if (mine === generation.current) setState((s) => ({ ...s, error, loading: false }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs a change; a signing action refused for an old sign-in asks to sign in again, then runs once more. */
  run: <R>(change: () => Promise<R>) => Promise<R | undefined>;
  clear: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <R,>(change: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(null);
    try {
      try {
        return await change();
      } catch (e) {
        if (e instanceof ApiError && e.status === 401 && e.problem.reauthenticate && (await reauthenticate())) {
          return await change();
        }
        throw e;
      }
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) }));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}

/**
 * Calls `onChange` for live events of these types (e.g. `accord.review.`) that concern the page — all of them, or
 * those whose `subject` or data names one of `ids` — and after a resync. Bursts are folded into one call.
 */
export function useLive(types: string[], onChange: (event: LiveEvent | 'resync') => void, ids?: (string | null | undefined)[]): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = ids?.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let pending: LiveEvent | 'resync' = 'resync';
    const wanted = ids?.filter((id): id is string => !!id);
    return subscribe(types, (event) => {
      if (event !== 'resync' && wanted && wanted.length > 0 && !concerns(event, wanted)) return;
      pending = event;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        latest.current(pending);
      }, 150);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [types.join(','), key]);
}

function concerns(event: LiveEvent, ids: string[]): boolean {
  if (event.envelope.subject && ids.includes(event.envelope.subject)) return true;
  const data = JSON.stringify(event.envelope.data ?? {});
  return ids.some((id) => data.includes(id));
}
