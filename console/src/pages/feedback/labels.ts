// The feedback-service's enums in both languages (the selects need them before the server has said anything).
import { labels } from '../../i18n/i18n';

export const CHANNELS = ['PHONE', 'EMAIL', 'VISIT', 'ONLINE', 'SURVEY', 'OTHER'] as const;
export const CATEGORIES = ['QUALITY', 'DELIVERY', 'SERVICE', 'PRICE', 'OTHER'] as const;
export const QUESTION_TYPES = ['RATING_1_5', 'NPS_0_10', 'TEXT', 'CHOICE'] as const;
export const PURPOSES = ['GENERAL', 'DELIVERY', 'COMPLAINT_HANDLING'] as const;

export const channelLabel = labels(
  { PHONE: 'Phone', EMAIL: 'E-mail', VISIT: 'Visit', ONLINE: 'Online', SURVEY: 'Survey', OTHER: 'Other' },
  { PHONE: '电话', EMAIL: '邮件', VISIT: '拜访', ONLINE: '在线', SURVEY: '调查', OTHER: '其他' },
);

export const categoryLabel = labels(
  { QUALITY: 'Quality', DELIVERY: 'Delivery', SERVICE: 'Service', PRICE: 'Price', OTHER: 'Other' },
  { QUALITY: '质量', DELIVERY: '交付', SERVICE: '服务', PRICE: '价格', OTHER: '其他' },
);

export const questionTypeLabel = labels(
  { RATING_1_5: 'Rating 1–5', NPS_0_10: 'Recommendation 0–10 (NPS)', TEXT: 'Free text', CHOICE: 'One of several choices' },
  { RATING_1_5: '评分 1–5', NPS_0_10: '推荐意愿 0–10（NPS）', TEXT: '文字', CHOICE: '单项选择' },
);

export const purposeLabel = labels(
  { GENERAL: 'General', DELIVERY: 'After delivery', COMPLAINT_HANDLING: 'After a complaint' },
  { GENERAL: '一般', DELIVERY: '交付后', COMPLAINT_HANDLING: '投诉处理后' },
);

export const invitationStatusLabel = labels(
  { SENT: 'Sent', RESPONDED: 'Answered', EXPIRED: 'Expired' },
  { SENT: '已发送', RESPONDED: '已答复', EXPIRED: '已过期' },
);
