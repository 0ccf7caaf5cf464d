import { api, call } from '../../api/client';
import { href } from '../../router';
import { tc } from '../../ui/messages';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { Attachments } from './Attachments';
import { excerpt } from './BoardCard';
import { ComplaintActionsSection } from './ComplaintActionsSection';
import { ComplaintClocks } from './ComplaintClocks';
import { ComplaintFacts } from './ComplaintFacts';
import { ComplaintHistory } from './ComplaintHistory';
import { ComplaintSteps } from './ComplaintSteps';
import { useCustomerNames } from './customers';
import type { Complaint } from './lifecycle';
import { statusLabel, t } from './messages';

/** One complaint: its facts and clocks, the steps its state allows, its corrective actions, attachments and history. */
export function ComplaintPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const res = useResource(() => call(api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })), [id]);
  // its own events and its corrective actions' (their data name the complaint)
  useLive(['accord.complaint.', 'accord.corrective-action.'], () => void res.reload(), [id]);
  const c = res.data as Complaint | null;
  const name = useCustomerNames([c?.customerId]);
  const reload = () => void res.reload();
  if (!c) {
    return (
      <Page title={res.error?.status === 404 ? t('notFound') : tc('loading')}>
        <ProblemBanner error={res.error} onReload={reload} />
        <p><a href={href('/complaints')}>{t('backToBoard')}</a></p>
      </Page>
    );
  }
  const customer = name(c.customerId);
  return (
    // the title does not wait for the customer's name: a changing title takes the focus back to the heading
    <Page title={t('complaintTitle', { about: excerpt(c.description, 60) })}
      actions={<span class="badge status" id="complaint-status" data-status={c.status} role="status" aria-live="polite">{statusLabel(c.status)}</span>}>
      <p><a href={href('/complaints')}>{t('backToBoard')}</a></p>
      <ProblemBanner error={res.error} onReload={reload} />
      <div class="grid">
        <section class="card" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('facts')}</h2>
          <ComplaintFacts complaint={c} customer={customer} />
        </section>
        <section class="card" aria-labelledby="clocks-title">
          <h2 id="clocks-title">{t('clocks')}</h2>
          <ComplaintClocks complaint={c} />
        </section>
      </div>
      <section class="card" aria-labelledby="steps-title" id="complaint-steps">
        <h2 id="steps-title">{t('nextSteps')}</h2>
        <ComplaintSteps complaint={c} etag={res.etag} onDone={reload} onReload={reload} />
      </section>
      <ComplaintActionsSection complaint={c} onChanged={reload} />
      <section class="card" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t('attachments')}</h2>
        <Attachments complaintId={id} />
      </section>
      <section class="card">
        <ComplaintHistory complaintId={id} stamp={res.etag} />
      </section>
    </Page>
  );
}
