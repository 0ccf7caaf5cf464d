// Loads the reviews that may hold a task for the person: those of their departments, those delegated to them, and the
// managers' queues; tasksFor (logic.ts) then decides which are tasks. A queue longer than a page is read as its overdue
// reviews plus its newest ones, and the page says that it is incomplete.
import type { Loaded } from '../../api/client';
import type { Session } from '../../auth/session';
import { listReviews } from './api';
import { loadDirectory } from './directory';
import { myDepartments, tasksFor, type Review, type Task } from './logic';

type Status = NonNullable<Review['status']>;
const LIMIT = 200;

interface Queue {
  reviews: Review[];
  /** more matched than were read */
  cut: boolean;
}

async function queue(query: { department?: string; assignee?: string; status: Status }): Promise<Queue> {
  const [overdue, newest] = await Promise.all([
    query.status === 'OPEN' ? listReviews({ ...query, overdue: true, size: LIMIT, sort: ['openedAt,asc'] }) : null,
    listReviews({ ...query, size: LIMIT, sort: ['openedAt,desc'] }),
  ]);
  const reviews = [...(overdue?.data.items ?? []), ...(newest.data.items ?? [])];
  const cut = (newest.data.total ?? 0) > (newest.data.items?.length ?? 0) || (overdue?.data.total ?? 0) > (overdue?.data.items?.length ?? 0);
  return { reviews, cut };
}

export interface MyTasks {
  tasks: Task[];
  departments: string[];
  /** some queue was longer than what was read: the list may miss tasks */
  incomplete: boolean;
}

export async function loadMyTasks(session: Session): Promise<Loaded<MyTasks>> {
  const directory = await loadDirectory();
  const departments = myDepartments(directory.data, session.roles);
  const queries: Promise<Queue>[] = [
    ...departments.map((department) => queue({ department, status: 'OPEN' })),
    queue({ assignee: session.user, status: 'OPEN' }),
  ];
  if (session.roles.includes('SALES_MANAGER')) queries.push(queue({ status: 'OPEN' }));
  if (session.roles.includes('GENERAL_MANAGER')) queries.push(queue({ status: 'CONSOLIDATED' }));
  const queues = await Promise.all(queries);
  const tasks = tasksFor(queues.flatMap((q) => q.reviews), { user: session.user, roles: session.roles }, departments);
  return { data: { tasks, departments, incomplete: queues.some((q) => q.cut) }, etag: null, response: directory.response };
}
