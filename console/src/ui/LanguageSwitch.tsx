// The language picker, in a file of its own: the customer's survey page uses it without pulling in the console's
// layout and routes (and so every page) into its small bundle.
import { LANGS, lang, setLang, type Lang } from '../i18n/i18n';
import { tc } from './messages';

const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch() {
  return (
    <label class="lang">
      <span class="visually-hidden">{tc('language')}</span>
      <select id="language" value={lang()} onChange={(e) => setLang((e.target as HTMLSelectElement).value as Lang)}>
        {LANGS.map((l) => <option key={l} value={l} lang={l}>{LANG_NAMES[l]}</option>)}
      </select>
    </label>
  );
}
