import { fmtDateTime } from '../../i18n/format';
import { SlaClock } from '../../ui/SlaClock';
import type { ChangeFormProps } from './change';
import { DelegationForm } from './DelegationForm';
import { departmentName } from './directory';
import type { DepartmentEntry } from './logic';
import { t } from './messages';

/** Why the review went to whom (the policy's reasons), and each department's task with its SLA clock. */
export function RoutingSection({ review, etag, onChanged, directory, canDelegate }: ChangeFormProps & { directory: DepartmentEntry[]; canDelegate: string[] }) {
  const missing = review.missingOpinions ?? [];
  const open = review.status === 'OPEN';
  return (
    <section class="card" aria-labelledby="routing-heading">
      <h2 id="routing-heading">{t('routing')}</h2>
      <ul id="routing-reasons">{(review.routingReasons ?? []).map((r) => <li key={r}>{r}</li>)}</ul>
      {(review.tasks?.length ?? 0) > 0 && (
        <div class="table-wrap">
          <table id="review-tasks">
            <thead>
              <tr>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('due')}</th>
                <th scope="col">{t('assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {review.tasks!.map((task) => {
                const waiting = open && missing.includes(task.department ?? '');
                return (
                  <tr key={task.department} data-department={task.department} data-overdue={String(!!task.overdue)}>
                    <th scope="row">{departmentName(task.department, directory)}</th>
                    <td>
                      {waiting ? <SlaClock due={task.dueAt} /> : <span class="badge ok">{t('answered')}</span>}
                      {waiting && task.overdue && <> <span class="badge bad">{t('overdue')}</span></>}
                      <div class="note">{fmtDateTime(task.dueAt)}</div>
                    </td>
                    <td>
                      {task.assignee ? <>{task.assignee} <span class="note">({t('delegatedBy', { by: task.delegatedBy ?? '' })}{task.delegationReason && `: ${task.delegationReason}`})</span></> : t('wholeDepartment')}
                      {waiting && canDelegate.includes(task.department ?? '') && (
                        <DelegationForm review={review} etag={etag} onChanged={onChanged} department={task.department!}
                          departmentName={departmentName(task.department, directory)} />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
