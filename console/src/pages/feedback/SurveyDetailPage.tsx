import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { canInvite } from './can';
import { useCustomers } from './customers';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';
import { purposeLabel } from './labels';
import { QuestionsTable } from './QuestionsTable';
import { SatisfactionSummary } from './SatisfactionSummary';
import { ts } from './surveyMessages';

/** One survey: its questions, its invitations (and sending one), and the satisfaction figures. */
export function SurveyDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const survey = useResource(() => call(api.GET('/api/v1/surveys/{id}', { params: { path: { id } } })), [id]);
  const invitations = useResource(() => call(api.GET('/api/v1/surveys/{id}/invitations', {
    params: { path: { id }, query: { size: 50 } },
  })), [id]);
  const customers = useCustomers();
  useLive(['accord.survey.invitation-sent', 'accord.survey.responded'], () => void invitations.reload(), [id]);
  const s = survey.data;
  return (
    <Page title={s?.title ?? ts('title')}>
      <ProblemBanner error={survey.error} onReload={() => void survey.reload()} />
      {!s && !survey.error && <p aria-busy="true">{tc('loading')}</p>}
      {s && (
        <>
          <dl class="facts card" id="survey-facts" data-survey-id={s.id}>
            <dt>{ts('purpose')}</dt><dd>{purposeLabel(s.purpose)}</dd>
            <dt>{ts('createdAt')}</dt><dd>{fmtDateTime(s.createdAt)}</dd>
            <dt>{ts('createdBy')}</dt><dd>{s.createdBy}</dd>
          </dl>
          <h2>{ts('questions')}</h2>
          <QuestionsTable questions={s.questions ?? []} />
          <h2>{ts('invitations')}</h2>
          {canInvite()
            ? <InviteForm surveyId={id} customers={customers.data?.items} onSent={() => void invitations.reload()} />
            : <p class="note" id="cannot-invite">{ts('cannotInvite')}</p>}
          <ProblemBanner error={invitations.error} onReload={() => void invitations.reload()} />
          {invitations.data && <InvitationsTable items={invitations.data.items ?? []} customers={customers.data?.items} />}
          <SatisfactionSummary customers={customers.data?.items} />
        </>
      )}
    </Page>
  );
}
