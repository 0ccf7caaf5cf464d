// OpenID Connect sign-in for production: authorization code flow with PKCE (oauth4webapi, loaded only in this mode).
// The access token is sent to the API as the bearer token; nothing but that token and the user's name is kept.
import type { ConsoleConfig } from './config';
import { signedIn, type Session } from './session';

const PENDING = 'accord.oidc.pending';

function redirectUri(): string {
  return `${location.origin}/console/`;
}

async function server(config: NonNullable<ConsoleConfig['oidc']>) {
  const oauth = await import('oauth4webapi');
  const issuer = new URL(config.issuer);
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc' }));
  return { oauth, as, client: { client_id: config.clientId } };
}

/** Sends the browser to the issuer. `reauthenticate` asks for a fresh login (for signing with a recent sign-in). */
export async function startOidcSignIn(config: NonNullable<ConsoleConfig['oidc']>, returnTo: string, reauthenticate = false): Promise<void> {
  const { oauth, as } = await server(config);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scopes ?? 'openid profile');
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  if (reauthenticate) {
    url.searchParams.set('prompt', 'login');
    url.searchParams.set('max_age', '0');
  }
  location.assign(url.toString());
}

/** On return from the issuer (?code=&state=): exchanges the code, signs in, and says where the user was going. */
export async function completeOidcSignIn(config: NonNullable<ConsoleConfig['oidc']>): Promise<{ session: Session; returnTo: string } | null> {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  if (!pending || (!params.has('code') && !params.has('error'))) return null;
  sessionStorage.removeItem(PENDING);
  const { oauth, as, client } = await server(config);
  const current = new URL(location.href);
  const callback = oauth.validateAuthResponse(as, client, current, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), callback, redirectUri(), pending.verifier);
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  history.replaceState(null, '', `${location.pathname}${pending.returnTo || ''}`);
  return { session: signedIn(result.access_token, 'oidc'), returnTo: pending.returnTo };
}
