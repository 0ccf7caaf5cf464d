import { fmtDate } from '../../i18n/format';
import { SlaClock } from '../../ui/SlaClock';
import { nextDue, type Complaint } from './lifecycle';
import { t } from './messages';

/** The deadline a complaint races now, as a clock, and a breach said in words (not by colour alone). */
export function NextDue({ complaint }: { complaint: Complaint }) {
  const due = nextDue(complaint);
  return (
    <span class="next-due">
      {due && (
        <span data-due-kind={due.kind}>
          {t(due.kind === 'ack' ? 'ackDue' : 'resolutionDue')}:{' '}
          {due.done ? <span class="note">{fmtDate(due.due)} ({t('clockStopped')})</span> : <SlaClock due={due.due} />}
        </span>
      )}
      {complaint.slaBreached && <span class="badge bad sla-breached" data-sla-breached="true">{t('slaBreached')}</span>}
    </span>
  );
}
