import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentSession, signOut } from '../auth/session';
import { liveState, onLiveState, type LiveState } from '../live/stream';
import { ROUTES } from '../routes';
import { href } from '../router';
import { LanguageSwitch } from './LanguageSwitch';
import { tc } from './messages';

/** The live stream's state, always visible, announced politely when it changes. */
export function LiveIndicator() {
  const [state, setState] = useState<LiveState>(liveState());
  useEffect(() => onLiveState(setState), []);
  return (
    <span class={`live live-${state}`} id="live-state" data-state={state} role="status" aria-live="polite">
      <span class="dot" aria-hidden="true" />
      {tc(`live.${state}`)}
    </span>
  );
}

export function Layout({ path, children }: { path: string; children: ComponentChildren }) {
  const session = currentSession();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <div class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{tc('skipToContent')}</a>
      <header class="top">
        <a class="brand" href={href('/')}>{tc('appName')}</a>
        <button type="button" class="menu-toggle" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen(!menuOpen)}>
          ☰<span class="visually-hidden">{tc('mainNav')}</span>
        </button>
        <div class="top-right">
          <LiveIndicator />
          <LanguageSwitch />
          <span class="user" id="signed-in-user">{session?.user}</span>
          <button type="button" id="sign-out" onClick={() => signOut()}>{tc('signOut')}</button>
        </div>
      </header>
      <nav id="nav" class={menuOpen ? 'open' : ''} aria-label={tc('mainNav')}>
        <ul>
          {ROUTES.filter((r) => r.nav).map((r) => {
            const current = path === r.pattern || (r.pattern !== '/' && path.startsWith(`${r.pattern}/`));
            return (
              <li key={r.pattern}>
                <a href={href(r.pattern)} aria-current={current ? 'page' : undefined}>{r.nav!()}</a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>{children}</main>
    </div>
  );
}
