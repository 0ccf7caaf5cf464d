// The console's entry: signs in (or completes an OpenID Connect return), opens the live stream, renders the routed page.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './styles.css';
import { consoleConfig } from './auth/config';
import { completeOidcSignIn } from './auth/oidc';
import { currentSession, onSessionChange } from './auth/session';
import { lang, onLangChange } from './i18n/i18n';
import { start, stop } from './live/stream';
import { match, useRoute } from './router';
import { ROUTES } from './routes';
import { SignIn } from './pages/SignIn';
import { Layout } from './ui/Layout';
import { tc } from './ui/messages';
import { Page } from './ui/Page';
import { ReauthDialog } from './ui/ReauthDialog';

function App() {
  const [session, setSession] = useState(currentSession());
  const [expired, setExpired] = useState(false);
  const [language, setLanguage] = useState(lang());
  const route = useRoute();
  useEffect(() => onLangChange(setLanguage), []);
  useEffect(() => onSessionChange((s, reason) => {
    setSession(s);
    setExpired(reason === 'expired');
  }), []);
  useEffect(() => {
    if (session) start();
    else stop();
  }, [session?.token]);
  if (!session) return <SignIn expired={expired} onSignedIn={() => setSession(currentSession())} />;
  for (const r of ROUTES) {
    const params = match(r.pattern, route.path);
    if (params) {
      const Routed = r.page;
      return (
        <Layout path={route.path} key={language}>
          <Routed params={params} query={route.query} key={`${route.path}?${route.query}`} />
          <ReauthDialog />
        </Layout>
      );
    }
  }
  return <Layout path={route.path} key={language}><Page title="404"><p>{tc('notFound')}</p></Page></Layout>;
}

async function boot(): Promise<void> {
  document.documentElement.lang = lang();
  const config = await consoleConfig();
  if (config.signIn === 'oidc' && config.oidc) {
    try {
      await completeOidcSignIn(config.oidc);
    } catch (e) {
      console.error('OpenID Connect sign-in failed', e);
    }
  }
  render(<App />, document.getElementById('app')!);
}

void boot();
