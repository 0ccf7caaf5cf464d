// How this gateway lets people sign in (GET /console/config.json, written by the gateway from its configuration).
export interface ConsoleConfig {
  signIn: 'local' | 'oidc';
  oidc?: { issuer: string; clientId: string; scopes?: string };
}

let loaded: Promise<ConsoleConfig> | null = null;

export function consoleConfig(): Promise<ConsoleConfig> {
  loaded ??= fetch('/console/config.json', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<ConsoleConfig>) : { signIn: 'local' as const }))
    .catch(() => ({ signIn: 'local' as const }));
  return loaded;
}
