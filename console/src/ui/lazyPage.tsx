// A page loaded when first opened (its own chunk), so the first screen stays within its budget as pages are added.
// A chunk that cannot be fetched (the gateway restarted with a new build, the network dropped) says so and offers a
// retry rather than leaving the page blank.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';
import { tc } from './messages';
import { ProblemBanner } from './ProblemBanner';

type PageProps = { params: Record<string, string>; query: URLSearchParams };

export function lazyPage(load: () => Promise<FunctionComponent<PageProps>>): FunctionComponent<PageProps> {
  let loaded: FunctionComponent<PageProps> | null = null;
  return function LazyPage(props: PageProps) {
    const [Loaded, setLoaded] = useState(() => loaded);
    const [failed, setFailed] = useState<ApiError | null>(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (Loaded) return;
      load().then((page) => {
        loaded = page;
        setLoaded(() => page);
      }, (e: unknown) => setFailed(new ApiError({ status: 0, detail: String(e) })));
    }, [attempt]);
    if (Loaded) return <Loaded {...props} />;
    if (failed) return <ProblemBanner error={failed} onReload={() => { setFailed(null); setAttempt(attempt + 1); }} />;
    return <p aria-busy="true">{tc('loading')}</p>;
  };
}
