import { currentSession } from '../../auth/session';
import { useLive, useResource } from '../../ui/hooks';
import { tc } from '../../ui/messages';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { departmentName, useDirectory } from './directory';
import { t } from './messages';
import { TaskTable } from './TaskTable';
import { loadMyTasks } from './tasks';

/** My tasks: review tasks of my departments and those delegated to me, overdue first; the managers' steps too. */
export function TasksPage() {
  const session = currentSession()!;
  const mine = useResource(() => loadMyTasks(session), [session.user, session.roles.join(',')]);
  const directory = useDirectory();
  useLive(['accord.review.'], () => void mine.reload());
  const entries = directory.data ?? [];
  const data = mine.data;
  return (
    <Page title={tc('nav.tasks')}>
      <ProblemBanner error={mine.error} onReload={mine.reload} />
      {data && (
        <p class="note" id="my-departments">
          {data.departments.length > 0
            ? t('tasks.departments', { departments: data.departments.map((d) => departmentName(d, entries)).join(', ') })
            : t('tasks.noDepartments')}
        </p>
      )}
      {!data && !mine.error && <p>{tc('loading')}</p>}
      {data?.incomplete && <p class="notice" id="tasks-incomplete">{t('tasks.incomplete')}</p>}
      <div aria-live="polite">
        {data && data.tasks.length === 0 && <p class="notice" id="tasks-empty">{t('tasks.empty')}</p>}
        {data && data.tasks.length > 0 && <TaskTable tasks={data.tasks} directory={entries} />}
      </div>
    </Page>
  );
}
