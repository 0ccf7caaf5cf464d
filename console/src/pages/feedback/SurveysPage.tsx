import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { href, navigate } from '../../router';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { canCreateSurvey } from './can';
import { purposeLabel } from './labels';
import { Pager } from './Pager';
import { SurveyForm } from './SurveyForm';
import { ts } from './surveyMessages';

const SIZE = 20;

/** The survey templates, newest first, and a new one for those who may create them. */
export function SurveysPage() {
  const [page, setPage] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const list = useResource(() => call(api.GET('/api/v1/surveys', { params: { query: { page, size: SIZE } } })), [page]);
  useLive(['accord.survey.created'], () => void list.reload());
  const items = list.data?.items ?? [];
  return (
    <Page title={ts('title')} actions={canCreateSurvey() && (
      <button type="button" class="primary" id="survey-new" aria-expanded={formOpen} aria-controls="survey-form"
        onClick={() => setFormOpen(!formOpen)}>{formOpen ? ts('hideForm') : ts('create')}</button>
    )}>
      {formOpen && <SurveyForm onCreated={(s) => navigate(`/surveys/${s.id}`)} />}
      <ProblemBanner error={list.error} onReload={() => void list.reload()} />
      {!list.data && !list.error && <p aria-busy="true">{tc('loading')}</p>}
      {list.data && items.length === 0 && <p class="note">{ts('empty')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table id="survey-list">
            <caption class="visually-hidden">{ts('listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{ts('surveyTitle')}</th>
                <th scope="col">{ts('purpose')}</th>
                <th scope="col" class="num">{ts('questionCount')}</th>
                <th scope="col">{ts('createdAt')}</th>
                <th scope="col">{ts('createdBy')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} data-survey-id={s.id}>
                  <th scope="row"><a href={href(`/surveys/${s.id}`)}>{s.title}</a></th>
                  <td>{purposeLabel(s.purpose)}</td>
                  <td class="num">{s.questions?.length ?? 0}</td>
                  <td>{fmtDateTime(s.createdAt)}</td>
                  <td>{s.createdBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && <Pager page={page} size={SIZE} total={list.data.total ?? 0} onPage={setPage} />}
    </Page>
  );
}
