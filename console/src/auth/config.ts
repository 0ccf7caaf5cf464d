// How this gateway lets people sign in (GET /console/config.json, written by the gateway from its configuration).
// `none`: the gateway has neither the local sign-in nor an OpenID Connect issuer (it answers 503 naming the settings);
// the sign-in page says so rather than offering a form that cannot work.
export interface ConsoleConfig {
  signIn: 'local' | 'oidc' | 'none';
  oidc?: { issuer: string; clientId: string; scopes?: string };
  /** why there is no sign-in (the gateway's problem detail) */
  detail?: string;
}

let loaded: Promise<ConsoleConfig> | null = null;

async function read(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config.json', { headers: { Accept: 'application/json' } });
  if (response.ok) return (await response.json()) as ConsoleConfig;
  const problem = (await response.json().catch(() => ({}))) as { detail?: string };
  return { signIn: 'none', detail: problem.detail };
}

export function consoleConfig(): Promise<ConsoleConfig> {
  // a failed read is not remembered: the next sign-in attempt asks again
  loaded ??= read().catch((e: unknown) => {
    loaded = null;
    return { signIn: 'none' as const, detail: String(e) };
  });
  return loaded;
}
