// Who is signed in: the bearer token the console sends, the user and roles it carries. Kept in sessionStorage (this
// tab, until it closes); never an API key. Two ways in: local sign-in (/auth/token, dev and local profiles only) and
// OpenID Connect (authorization code + PKCE, auth/oidc.ts) in production.

export type SignInMode = 'local' | 'oidc';

export interface Session {
  token: string;
  user: string;
  roles: string[];
  /** epoch ms when the token expires */
  expiresAt: number;
  mode: SignInMode;
}

const KEY = 'accord.session';
const listeners = new Set<(session: Session | null, reason?: 'expired') => void>();
let session: Session | null = load();

function load(): Session | null {
  if (typeof sessionStorage === 'undefined') return null;
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return s && s.expiresAt > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  if (session && session.expiresAt <= Date.now()) sessionExpired();
  return session;
}

export function hasRole(...roles: string[]): boolean {
  const s = currentSession();
  return !!s && roles.some((r) => s.roles.includes(r));
}

export function onSessionChange(listener: (session: Session | null, reason?: 'expired') => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: Session | null, reason?: 'expired'): void {
  session = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l(next, reason));
}

/** The claims the console reads from a JWT (display only: the gateway verifies the signature). */
export function claimsOf(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

/** A session from an access token: user from upn / preferred_username / sub, roles from `groups`. */
export function sessionFromToken(token: string, mode: SignInMode): Session {
  const claims = claimsOf(token);
  const user = String(claims.upn ?? claims.preferred_username ?? claims.sub ?? '');
  const groups = Array.isArray(claims.groups) ? claims.groups.map(String) : [];
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3_600_000;
  return { token, user, roles: groups, expiresAt: exp, mode };
}

export function signedIn(token: string, mode: SignInMode): Session {
  const s = sessionFromToken(token, mode);
  set(s);
  return s;
}

export function signOut(): void {
  set(null);
}

/** The token was refused or ran out: back to sign-in, saying why. */
export function sessionExpired(): void {
  if (session) set(null, 'expired');
}
