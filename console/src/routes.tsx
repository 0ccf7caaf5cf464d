// Every view of the console: its hash route, its page, and its place in the navigation. Pages are plain components
// taking the route's parameters.
import type { FunctionComponent } from 'preact';
import { tc } from './ui/messages';
import { Home } from './pages/Home';
import { t as tMails } from './pages/notifications/messages';
import { lazyPage } from './ui/lazyPage';

// pages loaded when first opened
const CapturePage = lazyPage(() => import('./pages/requirements/CapturePage').then((m) => m.CapturePage));
const RequirementPage = lazyPage(() => import('./pages/requirements/RequirementPage').then((m) => m.RequirementPage));
const RequirementsPage = lazyPage(() => import('./pages/requirements/RequirementsPage').then((m) => m.RequirementsPage));
const CustomerPage = lazyPage(() => import('./pages/customers/CustomerPage').then((m) => m.CustomerPage));
const CustomersPage = lazyPage(() => import('./pages/customers/CustomersPage').then((m) => m.CustomersPage));
const RecordPage = lazyPage(() => import('./pages/reviews/RecordPage').then((m) => m.RecordPage));
const ReviewListPage = lazyPage(() => import('./pages/reviews/ReviewListPage').then((m) => m.ReviewListPage));
const ReviewPage = lazyPage(() => import('./pages/reviews/ReviewPage').then((m) => m.ReviewPage));
const TasksPage = lazyPage(() => import('./pages/reviews/TasksPage').then((m) => m.TasksPage));
const ComplaintBoardPage = lazyPage(() => import('./pages/complaints/ComplaintBoardPage').then((m) => m.ComplaintBoardPage));
const ComplaintPage = lazyPage(() => import('./pages/complaints/ComplaintPage').then((m) => m.ComplaintPage));
const CorrectiveActionsPage = lazyPage(() => import('./pages/complaints/CorrectiveActionsPage').then((m) => m.CorrectiveActionsPage));
const FeedbackPage = lazyPage(() => import('./pages/feedback/FeedbackPage').then((m) => m.FeedbackPage));
const SurveyDetailPage = lazyPage(() => import('./pages/feedback/SurveyDetailPage').then((m) => m.SurveyDetailPage));
const SurveysPage = lazyPage(() => import('./pages/feedback/SurveysPage').then((m) => m.SurveysPage));
const ReportPage = lazyPage(() => import('./pages/report/ReportPage').then((m) => m.ReportPage));
const NotificationsPage = lazyPage(() => import('./pages/notifications/NotificationsPage').then((m) => m.NotificationsPage));

export interface RouteDef {
  pattern: string;
  page: FunctionComponent<{ params: Record<string, string>; query: URLSearchParams }>;
  /** shown in the navigation under this label */
  nav?: () => string;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', page: Home },
  { pattern: '/tasks', page: TasksPage, nav: () => tc('nav.tasks') },
  { pattern: '/requirements', page: RequirementsPage, nav: () => tc('nav.requirements') },
  { pattern: '/requirements/new', page: CapturePage },
  { pattern: '/requirements/:id', page: RequirementPage },
  { pattern: '/reviews', page: ReviewListPage, nav: () => tc('nav.reviews') },
  { pattern: '/reviews/:id', page: ReviewPage },
  { pattern: '/reviews/:id/record', page: RecordPage },
  { pattern: '/complaints', page: ComplaintBoardPage, nav: () => tc('nav.complaints') },
  { pattern: '/complaints/:id', page: ComplaintPage },
  { pattern: '/corrective-actions', page: CorrectiveActionsPage, nav: () => tc('nav.correctiveActions') },
  { pattern: '/customers', page: CustomersPage, nav: () => tc('nav.customers') },
  { pattern: '/customers/:id', page: CustomerPage },
  { pattern: '/feedback', page: FeedbackPage, nav: () => tc('nav.feedback') },
  { pattern: '/surveys', page: SurveysPage, nav: () => tc('nav.surveys') },
  { pattern: '/surveys/:id', page: SurveyDetailPage },
  { pattern: '/report', page: ReportPage, nav: () => tc('nav.report') },
  { pattern: '/notifications', page: NotificationsPage, nav: () => tMails('nav') },
];

export const navLabel = tc;
