// Every view of the console: its hash route, its page, and its place in the navigation. Pages are plain components
// taking the route's parameters.
import type { FunctionComponent } from 'preact';
import { tc } from './ui/messages';
import { Home } from './pages/Home';
import { ComplaintBoardPage } from './pages/complaints/ComplaintBoardPage';
import { ComplaintPage } from './pages/complaints/ComplaintPage';
import { CorrectiveActionsPage } from './pages/complaints/CorrectiveActionsPage';

export interface RouteDef {
  pattern: string;
  page: FunctionComponent<{ params: Record<string, string>; query: URLSearchParams }>;
  /** shown in the navigation under this label */
  nav?: () => string;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', page: Home },
  { pattern: '/complaints', page: ComplaintBoardPage, nav: () => tc('nav.complaints') },
  { pattern: '/complaints/:id', page: ComplaintPage },
  { pattern: '/corrective-actions', page: CorrectiveActionsPage, nav: () => tc('nav.correctiveActions') },
];

export const navLabel = tc;
