import { currentSession } from '../auth/session';
import { ROUTES } from '../routes';
import { href } from '../router';
import { tc } from '../ui/messages';
import { Page } from '../ui/Page';

/** Where the console opens: the navigation's destinations, as a start page. */
export function Home() {
  const session = currentSession();
  return (
    <Page title={tc('signedInAs', { user: session?.user ?? '' })}>
      <ul class="tiles">
        {ROUTES.filter((r) => r.nav).map((r) => <li key={r.pattern}><a href={href(r.pattern)}>{r.nav!()}</a></li>)}
      </ul>
    </Page>
  );
}
