// Every view of the console: its hash route, its page, and its place in the navigation. Pages are plain components
// taking the route's parameters.
import type { FunctionComponent } from 'preact';
import { tc } from './ui/messages';
import { Home } from './pages/Home';
import { CapturePage } from './pages/requirements/CapturePage';
import { RequirementPage } from './pages/requirements/RequirementPage';
import { RequirementsPage } from './pages/requirements/RequirementsPage';
import { CustomerPage } from './pages/customers/CustomerPage';
import { CustomersPage } from './pages/customers/CustomersPage';

export interface RouteDef {
  pattern: string;
  page: FunctionComponent<{ params: Record<string, string>; query: URLSearchParams }>;
  /** shown in the navigation under this label */
  nav?: () => string;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', page: Home },
  { pattern: '/requirements', page: RequirementsPage, nav: () => tc('nav.requirements') },
  { pattern: '/requirements/new', page: CapturePage },
  { pattern: '/requirements/:id', page: RequirementPage },
  { pattern: '/customers', page: CustomersPage, nav: () => tc('nav.customers') },
  { pattern: '/customers/:id', page: CustomerPage },
];

export const navLabel = tc;
