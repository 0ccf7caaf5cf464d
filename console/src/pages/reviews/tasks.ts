// Loads the reviews that may hold a task for the person: those of their departments, those delegated to them, and the
// managers' queues; tasksFor (logic.ts) then decides which are tasks.
import type { Loaded } from '../../api/client';
import type { Session } from '../../auth/session';
import { listReviews } from './api';
import { loadDirectory } from './directory';
import { myDepartments, tasksFor, type Review, type Task } from './logic';

type Status = NonNullable<Review['status']>;

async function reviews(query: { department?: string; assignee?: string; status: Status }): Promise<Review[]> {
  const { data } = await listReviews({ ...query, size: 200, sort: ['openedAt,asc'] });
  return data.items ?? [];
}

export interface MyTasks {
  tasks: Task[];
  departments: string[];
}

export async function loadMyTasks(session: Session): Promise<Loaded<MyTasks>> {
  const directory = await loadDirectory();
  const departments = myDepartments(directory.data, session.roles);
  const queries: Promise<Review[]>[] = [
    ...departments.map((department) => reviews({ department, status: 'OPEN' })),
    reviews({ assignee: session.user, status: 'OPEN' }),
  ];
  if (session.roles.includes('SALES_MANAGER')) queries.push(reviews({ status: 'OPEN' }));
  if (session.roles.includes('GENERAL_MANAGER')) queries.push(reviews({ status: 'CONSOLIDATED' }));
  const all = (await Promise.all(queries)).flat();
  const tasks = tasksFor(all, { user: session.user, roles: session.roles }, departments);
  return { data: { tasks, departments }, etag: null, response: directory.response };
}
