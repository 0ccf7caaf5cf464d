// The customer's survey page: no sign-in; the invitation's one-time token (taken from the link's fragment and kept
// only in memory) opens the survey and sends the answers.
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { fmtDate } from '../../i18n/format';
import { lang, onLangChange } from '../../i18n/i18n';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { refusalOf, refusalOfStatus, tokenFromHash, type Refusal, type SurveyInvitation } from './answers';
import { AnswerForm } from './AnswerForm';
import { t } from './messages';

type View =
  | { kind: 'loading' }
  | { kind: 'refused'; refusal: Refusal | 'noLink' }
  | { kind: 'survey'; invitation: SurveyInvitation }
  | { kind: 'thanks' };

/**
 * Takes the token out of the address (`#token=…`) so it stays in no history entry, bookmark or screenshot of the
 * address bar; the page keeps it in memory while open.
 */
export function takeToken(): string | null {
  const token = tokenFromHash(location.hash);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  return token;
}

export function SurveyPage({ token }: { token: string | null }) {
  const [, setLanguage] = useState(lang());
  const [view, setView] = useState<View>(token ? { kind: 'loading' } : { kind: 'refused', refusal: 'noLink' });
  useEffect(() => onLangChange(setLanguage), []);
  const load = async () => {
    if (!token) return;
    setView({ kind: 'loading' });
    try {
      const { data } = await call(api.GET('/api/v1/survey-responses/invitation', { headers: { 'Survey-Token': token } }));
      const invitation = data as SurveyInvitation;
      const closed = refusalOfStatus(invitation.status);
      setView(closed ? { kind: 'refused', refusal: closed } : { kind: 'survey', invitation });
    } catch (e) {
      setView({ kind: 'refused', refusal: refusalOf(e instanceof ApiError ? e.problem : { status: 0 }) });
    }
  };
  useEffect(() => void load(), []);
  const title = view.kind === 'survey' ? view.invitation.title : t('pageTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main id="main" class="survey-page" data-state={view.kind === 'refused' ? view.refusal : view.kind}>
      <header class="survey-head">
        <span class="survey-brand">{t('pageTitle')}</span>
        <LanguageSwitch />
      </header>
      <div class="survey-card">
        <h1>{title}</h1>
        {view.kind === 'loading' && <p aria-busy="true">{t('loading')}</p>}
        {view.kind === 'refused' && (
          <div role="alert" id="survey-refused" data-refusal={view.refusal}>
            <p>{t(view.refusal)}</p>
            {view.refusal === 'network' && <button type="button" onClick={() => void load()}>{t('retry')}</button>}
          </div>
        )}
        {view.kind === 'survey' && token && (
          <>
            <p>{t('intro')}</p>
            <p class="note">{t('expiresOn', { date: fmtDate(view.invitation.expiresAt) })}</p>
            <AnswerForm token={token} invitation={view.invitation} onDone={() => setView({ kind: 'thanks' })}
              onRefused={(refusal) => setView({ kind: 'refused', refusal })} />
          </>
        )}
        {view.kind === 'thanks' && (
          <div role="status" id="survey-thanks">
            <h2>{t('thanksTitle')}</h2>
            <p>{t('thanks')}</p>
          </div>
        )}
      </div>
    </main>
  );
}
