// Every view of the console: its hash route, its page, and its place in the navigation. Pages are plain components
// taking the route's parameters.
import type { FunctionComponent } from 'preact';
import { tc } from './ui/messages';
import { Home } from './pages/Home';
import { ReportPage } from './pages/report/ReportPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { t as tMails } from './pages/notifications/messages';

export interface RouteDef {
  pattern: string;
  page: FunctionComponent<{ params: Record<string, string>; query: URLSearchParams }>;
  /** shown in the navigation under this label */
  nav?: () => string;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', page: Home },
  { pattern: '/report', page: ReportPage, nav: () => tc('nav.report') },
  { pattern: '/notifications', page: NotificationsPage, nav: () => tMails('nav') },
];

export const navLabel = tc;
