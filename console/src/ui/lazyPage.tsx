// A page loaded when first opened (its own chunk), so the first screen stays within its budget as pages are added.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { tc } from './messages';

type PageProps = { params: Record<string, string>; query: URLSearchParams };

export function lazyPage(load: () => Promise<FunctionComponent<PageProps>>): FunctionComponent<PageProps> {
  let loaded: FunctionComponent<PageProps> | null = null;
  return function LazyPage(props: PageProps) {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (!Loaded) void load().then((page) => { loaded = page; setLoaded(() => page); });
    }, []);
    return Loaded ? <Loaded {...props} /> : <p aria-busy="true">{tc('loading')}</p>;
  };
}
