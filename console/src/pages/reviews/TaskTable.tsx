import { fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { SlaClock } from '../../ui/SlaClock';
import { departmentName } from './directory';
import type { DepartmentEntry, Task } from './logic';
import { t } from './messages';
import { StatusBadge } from './StatusBadge';

/** The person's tasks, overdue first: what is due, by when, on which requirement. */
export function TaskTable({ tasks, directory }: { tasks: Task[]; directory: DepartmentEntry[] }) {
  return (
    <div class="table-wrap">
      <table id="tasks">
        <thead>
          <tr>
            <th scope="col">{t('due')}</th>
            <th scope="col">{t('task')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('requirement')}</th>
            <th scope="col" class="num">{t('value')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const r = task.review;
            return (
              <tr key={`${r.id}-${task.kind}-${task.department ?? ''}`} data-review-id={r.id} data-task-kind={task.kind}
                data-department={task.department} data-overdue={String(task.overdue)}>
                <td>
                  {task.dueAt ? <SlaClock due={task.dueAt} /> : <span class="note">{t('noDueTime')}</span>}
                  {task.overdue && <> <span class="badge bad">{t('overdue')}</span></>}
                </td>
                <td>
                  {t(`task.${task.kind}`, { department: departmentName(task.department, directory) })}
                  {task.delegated && <> <span class="badge">{t('delegatedToYou')}</span></>}
                </td>
                <td>{r.requirement?.customerCode}</td>
                <td><a href={href(`/reviews/${r.id}`)} class="review-link">{r.requirement?.title || r.id}</a></td>
                <td class="num">{fmtMoney(r.requirement?.totalValue, r.requirement?.currency)}</td>
                <td><StatusBadge status={r.status} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
