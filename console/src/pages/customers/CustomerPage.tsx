import type { ComponentChildren } from 'preact';
import { hasRole } from '../../auth/session';
import { fmtDateTime } from '../../i18n/format';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { loadCustomer } from '../requirements/calls';
import { ComplaintsPart } from './ComplaintsPart';
import { EditCustomer } from './EditCustomer';
import { FeedbackPart, SatisfactionPart } from './FeedbackPart';
import { RequirementsPart } from './RequirementsPart';
import { ReviewsPart } from './ReviewsPart';
import { Unavailable } from './Unavailable';
import { loadOverview } from './overview';
import { tu } from './messages';

const FOLLOWED = ['accord.customer.', 'accord.requirement.', 'accord.review.', 'accord.complaint.', 'accord.feedback.', 'accord.survey.'];

/** A section of the overview: its part, or honestly that its service did not answer. */
function Part({ id, title, part, missing, children }: { id: string; title: string; part: string; missing: boolean; children: () => ComponentChildren }) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {missing ? <Unavailable part={part} /> : children()}
    </section>
  );
}

/** Everything about one customer on one page, from the gateway's overview; editing the customer's record. */
export function CustomerPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const overview = useResource(() => loadOverview(id), [id]);
  const customer = useResource(() => loadCustomer(id), [id]);
  useLive(FOLLOWED, () => { void overview.reload(); void customer.reload(); }, [id]);
  const o = overview.data;
  const c = customer.data ?? o?.customer;
  const gone = (part: string) => !!o?.unavailable.includes(part);
  return (
    <Page title={c ? `${c.code} · ${c.name}` : tc('nav.customers')}>
      <ProblemBanner error={overview.error ?? customer.error} onReload={() => { void overview.reload(); void customer.reload(); }} />
      {c && (
        <section class="card" id="customer-facts" data-customer-id={id} aria-label={tu('facts')}>
          <dl class="facts">
            <dt>{tu('code')}</dt><dd id="customer-code">{c.code}</dd>
            <dt>{tu('name')}</dt><dd id="customer-name">{c.name}</dd>
            <dt>{tu('mailTo')}</dt><dd>{c.mailTo ? `${c.mailTo.name} <${c.mailTo.email}>` : tc('none')}</dd>
            <dt>{tu('language')}</dt><dd>{c.language}</dd>
            <dt>{tu('surveys')}</dt><dd>{c.surveysOptOut ? tu('surveys.optedOut') : tu('surveys.yes')}</dd>
            <dt>{tu('newCustomer')}</dt><dd>{c.newCustomer ? tu('newCustomer.yes') : tu('newCustomer.no')}</dd>
            <dt>{tu('createdAt')}</dt><dd>{fmtDateTime(c.createdAt)}</dd>
          </dl>
        </section>
      )}
      {customer.data && hasRole('SALES', 'SALES_MANAGER') && (
        <EditCustomer customer={customer.data} etag={customer.etag} onChanged={() => { void customer.reload(); void overview.reload(); }} />
      )}
      {!o && !overview.error && <p>{tc('loading')}</p>}
      {o && (
        <>
          <Part id="overview-requirements" title={tu('part.requirements')} part="requirements" missing={!o.requirements}>
            {() => <RequirementsPart part={o.requirements!} customerId={id} />}
          </Part>
          <Part id="overview-reviews" title={tu('part.reviews')} part="reviews" missing={gone('reviews') || !o.reviewsInProgress}>
            {() => <ReviewsPart reviews={o.reviewsInProgress!} />}
          </Part>
          <Part id="overview-complaints" title={tu('part.complaints')} part="complaints" missing={gone('complaints') || !o.complaints}>
            {() => <ComplaintsPart complaints={o.complaints!} />}
          </Part>
          <Part id="overview-satisfaction" title={tu('part.satisfaction')} part="satisfaction" missing={gone('satisfaction') || !o.satisfaction}>
            {() => <SatisfactionPart summary={o.satisfaction!} />}
          </Part>
          <Part id="overview-feedback" title={tu('part.feedback')} part="feedback" missing={gone('feedback') || !o.feedback}>
            {() => <FeedbackPart feedback={o.feedback!} />}
          </Part>
        </>
      )}
    </Page>
  );
}
