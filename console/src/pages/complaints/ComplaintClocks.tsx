import { fmtDateTime } from '../../i18n/format';
import { SlaClock } from '../../ui/SlaClock';
import { ENDED, type Complaint } from './lifecycle';
import { t } from './messages';

/** A deadline: a running clock and its time while it counts; once its step is done, only when it was. */
function Deadline({ due, done }: { due: string | undefined; done: boolean }) {
  if (done) return <span class="note">{fmtDateTime(due)}</span>;
  return <><SlaClock due={due} /> <span class="note">{fmtDateTime(due)}</span></>;
}

/** Both SLA deadlines with their clocks, when each step was done, and whether the SLA held — said, not only coloured. */
export function ComplaintClocks({ complaint: c }: { complaint: Complaint }) {
  const ended = !!c.status && ENDED.includes(c.status);
  return (
    <div id="complaint-clocks">
      <p>
        {c.slaBreached
          ? <span class="badge bad" id="sla-state" data-sla-breached="true">{t('slaBreached')}</span>
          : <span class="badge ok" id="sla-state" data-sla-breached="false">{t('slaMet')}</span>}
      </p>
      <dl class="facts">
        <dt>{t('ackDue')}</dt>
        <dd><Deadline due={c.ackDueAt} done={!!c.acknowledgedAt || ended} /></dd>
        {c.acknowledgedAt && <><dt>{t('acknowledgedAt')}</dt><dd>{fmtDateTime(c.acknowledgedAt)}</dd></>}
        <dt>{t('resolutionDue')}</dt>
        <dd><Deadline due={c.resolutionDueAt} done={!!c.resolvedAt || ended} /></dd>
        {c.resolvedAt && <><dt>{t('resolvedAt')}</dt><dd>{fmtDateTime(c.resolvedAt)}</dd></>}
        {c.closedAt && <><dt>{t('closedAt')}</dt><dd>{fmtDateTime(c.closedAt)}</dd></>}
        {c.withdrawnAt && <><dt>{t('withdrawnAt')}</dt><dd>{fmtDateTime(c.withdrawnAt)}</dd></>}
      </dl>
    </div>
  );
}
