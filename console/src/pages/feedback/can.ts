// Which roles the feedback-service lets do what (its Permissions: surveys:write, surveys:invite, feedback:write). Only
// to offer what will work: the API decides, and a 403 is still shown as it comes.
import { hasRole } from '../../auth/session';

export const canCreateSurvey = () => hasRole('SALES_MANAGER', 'CUSTOMER_SERVICE', 'QUALITY');
export const canInvite = () => hasRole('SALES', 'SALES_MANAGER', 'CUSTOMER_SERVICE');
export const canRecordFeedback = () => hasRole('SALES', 'SALES_MANAGER', 'CUSTOMER_SERVICE', 'QUALITY');
