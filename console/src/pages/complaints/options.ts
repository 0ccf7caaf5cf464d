// The values of the complaint-service's enums, in the order forms offer them (labels in messages.ts).
export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'] as const;
export const CATEGORIES = ['QUALITY', 'DELIVERY', 'SERVICE', 'PRICE', 'OTHER'] as const;
/** FEEDBACK and ACCEPTANCE are set by the suite itself (escalated feedback, a refused delivery), never typed in */
export const CHANNELS = ['PHONE', 'EMAIL', 'VISIT', 'ONLINE', 'SURVEY', 'LETTER', 'OTHER'] as const;
export const REMEDIES = ['REPAIR', 'REPLACE', 'REFUND', 'CREDIT', 'EXPLANATION'] as const;
export const ACTION_STATUSES = ['OPEN', 'IMPLEMENTED', 'INEFFECTIVE', 'VERIFIED'] as const;
