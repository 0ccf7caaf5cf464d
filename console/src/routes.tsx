// Every view of the console: its hash route, its page, and its place in the navigation. Pages are plain components
// taking the route's parameters.
import type { FunctionComponent } from 'preact';
import { tc } from './ui/messages';
import { Home } from './pages/Home';
import { RecordPage } from './pages/reviews/RecordPage';
import { ReviewListPage } from './pages/reviews/ReviewListPage';
import { ReviewPage } from './pages/reviews/ReviewPage';
import { TasksPage } from './pages/reviews/TasksPage';
import { FeedbackPage } from './pages/feedback/FeedbackPage';
import { SurveyDetailPage } from './pages/feedback/SurveyDetailPage';
import { SurveysPage } from './pages/feedback/SurveysPage';

export interface RouteDef {
  pattern: string;
  page: FunctionComponent<{ params: Record<string, string>; query: URLSearchParams }>;
  /** shown in the navigation under this label */
  nav?: () => string;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', page: Home },
  { pattern: '/tasks', page: TasksPage, nav: () => tc('nav.tasks') },
  { pattern: '/reviews', page: ReviewListPage, nav: () => tc('nav.reviews') },
  { pattern: '/reviews/:id', page: ReviewPage },
  { pattern: '/reviews/:id/record', page: RecordPage },
  { pattern: '/feedback', page: FeedbackPage, nav: () => tc('nav.feedback') },
  { pattern: '/surveys', page: SurveysPage, nav: () => tc('nav.surveys') },
  { pattern: '/surveys/:id', page: SurveyDetailPage },
];

export const navLabel = tc;
