// Languages, message catalogues and locale formatting. Each feature declares its own messages next to its pages with
// `messages(en, zh)`: the compiler refuses a catalogue whose Chinese keys differ from its English ones.

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'accord.lang';

/** The language the browser prefers among ours: the first of navigator.languages we speak, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function initialLang(): Lang {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

let current: Lang = initialLang();
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

/** Switches the language (kept for this browser) and re-renders whoever listens. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  listeners.forEach((l) => l(next));
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** Fills `{name}` placeholders. */
export function format(template: string, params?: Params): string {
  return params ? template.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : template;
}

/**
 * A feature's catalogue: English and Chinese with the same keys (checked by the compiler). Returns the function that
 * translates a key in the current language.
 */
export function messages<const E extends Record<string, string>>(en: E, zh: { [K in keyof E]: string }): Translate<Extract<keyof E, string>> {
  const catalogues: Record<Lang, Record<string, string>> = { en, 'zh-CN': zh };
  return (key, params) => format(catalogues[current][key] ?? en[key] ?? key, params);
}

/** Labels of a server enum (e.g. a status), per language; unknown values show as sent. */
export function labels<const V extends string>(en: Record<V, string>, zh: Record<V, string>): (value: string | null | undefined) => string {
  const catalogues: Record<Lang, Record<string, string>> = { en, 'zh-CN': zh };
  return (value) => (value == null ? '' : catalogues[current][value] ?? value);
}
