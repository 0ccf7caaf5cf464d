// Re-authentication before signing: the API refuses a signature (an opinion, a decision…) made with a sign-in older than
// it allows (401, `reauthenticate: true`). The console asks the person to sign in again, then signs.
import { consoleConfig } from '../auth/config';
import { signInLocally } from '../auth/local';
import { startOidcSignIn } from '../auth/oidc';
import { currentSession } from '../auth/session';

type Ask = (confirm: () => Promise<boolean>) => Promise<boolean>;
let ask: Ask | null = null;

/** The dialog registers how to ask; without it (no dialog mounted) nothing is re-authenticated. */
export function setReauthPrompt(prompt: Ask | null): void {
  ask = prompt;
}

export async function reauthenticate(): Promise<boolean> {
  const session = currentSession();
  if (!session || !ask) return false;
  return ask(async () => {
    if (session.mode === 'local') {
      await signInLocally(session.user, session.roles);
      return true;
    }
    const config = await consoleConfig();
    if (config.oidc) await startOidcSignIn(config.oidc, location.hash, true);
    return false; // the browser leaves for the issuer; the person signs again on return
  });
}
