// The customer's survey page (/console/survey.html#token=…, linked from the invitation mail): no sign-in; the
// one-time token rides in the fragment, which never reaches a server log, and is sent as the Survey-Token header.
import { render } from 'preact';
import './styles.css';
import { lang } from './i18n/i18n';
import { tokenFromHash } from './pages/survey/answers';
import { SurveyPage, takeToken } from './pages/survey/SurveyPage';

document.documentElement.lang = lang();
render(<SurveyPage token={takeToken()} />, document.getElementById('app')!);
// another invitation's link opened in this tab only changes the fragment: start again with its token
addEventListener('hashchange', () => {
  if (tokenFromHash(location.hash)) location.reload();
});
