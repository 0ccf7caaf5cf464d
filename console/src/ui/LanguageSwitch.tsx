// The language switch: the sign-in page, the customer's survey page and the header all carry it. Its own file, so the
// survey page's bundle does not pull in the console's layout and every page it routes to.
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
