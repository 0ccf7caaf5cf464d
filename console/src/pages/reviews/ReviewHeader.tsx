import { fmtDateTime, fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { departmentName } from './directory';
import { typeLabel } from './labels';
import { waitingFor, type DepartmentEntry, type Review } from './logic';
import { t } from './messages';
import { StatusBadge } from './StatusBadge';

/** The review at a glance: status, type, round, what it reviews, and what it waits for now. */
export function ReviewHeader({ review, directory }: { review: Review; directory: DepartmentEntry[] }) {
  const req = review.requirement ?? {};
  return (
    <div class="card review-head">
      <dl class="facts">
        <dt>{t('status')}</dt>
        <dd><StatusBadge status={review.status} id="review-status" /></dd>
        <dt>{t('type')}</dt>
        <dd id="review-type" data-type={review.type}>{typeLabel(review.type)}</dd>
        <dt>{t('round')}</dt>
        <dd>{t('roundOf', { round: review.round ?? 1, revision: review.requirementRevision ?? 1 })}</dd>
        <dt>{t('customer')}</dt>
        <dd>{req.customerCode}{req.newCustomer && <> <span class="badge warn">{t('newCustomer')}</span></>}</dd>
        <dt>{t('requirement')}</dt>
        <dd><a href={href(`/requirements/${review.requirementId}`)}>{req.title}</a></dd>
        <dt>{t('value')}</dt>
        <dd>{fmtMoney(req.totalValue, req.currency)}</dd>
        <dt>{t('openedAt')}</dt>
        <dd>{fmtDateTime(review.openedAt)}</dd>
      </dl>
      <p class="notice" role="status" aria-live="polite" id="review-waiting">{waitingText(review, directory)}</p>
      {review.supersededBy && <p><a href={href(`/reviews/${review.supersededBy}`)}>{t('supersededBy')}</a></p>}
      {review.nextRound && <p><a href={href(`/reviews/${review.nextRound}`)}>{t('nextRound')}</a></p>}
      {review.clarification?.text && <p>{t('clarification')}: {review.clarification.text}</p>}
    </div>
  );
}

function waitingText(review: Review, directory: DepartmentEntry[]): string {
  const w = waitingFor(review);
  if (w.step === 'opinions') return t('waiting.opinions', { departments: w.departments.map((d) => departmentName(d, directory)).join(', ') });
  if (w.step === 'none') return review.decision ? t('waiting.decided', { decision: review.decision.decisionLabel ?? review.decision.decision ?? '', by: review.decision.by ?? '' }) : t('waiting.none');
  return t(`waiting.${w.step}`);
}
