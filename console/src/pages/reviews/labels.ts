// Labels of the review service's enums in both languages (the API also sends `…Label` fields; these name the values
// the console offers before the API has answered: filters, radio buttons, the meaning of a signature about to be made).
import { labels } from '../../i18n/i18n';

export const statusLabel = labels(
  { OPEN: 'Open', CONSOLIDATED: 'Consolidated', APPROVED: 'Approved', REJECTED: 'Rejected', CLARIFICATION_REQUIRED: 'Clarification required', SUPERSEDED: 'Superseded' },
  { OPEN: '评审中', CONSOLIDATED: '已汇总', APPROVED: '已批准', REJECTED: '已拒绝', CLARIFICATION_REQUIRED: '需澄清', SUPERSEDED: '已被取代' },
);

export const REVIEW_STATUSES = ['OPEN', 'CONSOLIDATED', 'APPROVED', 'REJECTED', 'CLARIFICATION_REQUIRED', 'SUPERSEDED'] as const;

export const typeLabel = labels(
  { FULL: 'Full review', SIMPLIFIED: 'Simplified (order confirmation)' },
  { FULL: '完整评审', SIMPLIFIED: '简化评审（订单确认）' },
);

export const VERDICTS = ['APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT'] as const;
export const verdictLabel = labels(
  { APPROVE: 'Approve', APPROVE_WITH_CONDITIONS: 'Approve with conditions', REJECT: 'Reject' },
  { APPROVE: '同意', APPROVE_WITH_CONDITIONS: '有条件同意', REJECT: '不同意' },
);

export const DECISIONS = ['APPROVED', 'REJECTED', 'CLARIFICATION_REQUIRED'] as const;
export const decisionLabel = labels(
  { APPROVED: 'Approve', REJECTED: 'Reject', CLARIFICATION_REQUIRED: 'Ask for clarification' },
  { APPROVED: '批准', REJECTED: '拒绝', CLARIFICATION_REQUIRED: '要求澄清' },
);

export const RISK_CATEGORIES = ['TECHNICAL', 'DELIVERY', 'CAPACITY', 'FINANCIAL', 'LEGAL', 'SAFETY'] as const;
export const riskCategoryLabel = labels(
  { TECHNICAL: 'Technical', DELIVERY: 'Delivery', CAPACITY: 'Capacity', FINANCIAL: 'Financial', LEGAL: 'Legal', SAFETY: 'Safety' },
  { TECHNICAL: '技术', DELIVERY: '交付', CAPACITY: '产能', FINANCIAL: '财务', LEGAL: '法律', SAFETY: '安全' },
);

/** What a signature means (the API's SignatureMeaning), said before signing. */
export const meaningLabel = labels(
  {
    REVIEWED: 'Reviewed', CONSOLIDATED: 'Consolidated', APPROVED: 'Approved', REJECTED: 'Rejected',
    RETURNED_FOR_CLARIFICATION: 'Returned for clarification', CONFIRMED: 'Confirmed', VERIFIED: 'Verified',
    FOUND_INEFFECTIVE: 'Found ineffective', CLOSED: 'Closed',
  },
  {
    REVIEWED: '已评审', CONSOLIDATED: '已汇总', APPROVED: '已批准', REJECTED: '已拒绝', RETURNED_FOR_CLARIFICATION: '退回澄清',
    CONFIRMED: '已确认', VERIFIED: '已验证', FOUND_INEFFECTIVE: '验证无效', CLOSED: '已关闭',
  },
);

export const DECISION_MEANING: Record<string, string> = { APPROVED: 'APPROVED', REJECTED: 'REJECTED', CLARIFICATION_REQUIRED: 'RETURNED_FOR_CLARIFICATION' };

export const CONFIRMATION_METHODS = ['FAX', 'PHONE', 'EMAIL', 'SIGNED_COPY'] as const;
export const methodLabel = labels(
  { FAX: 'Fax', PHONE: 'Phone record', EMAIL: 'E-mail', SIGNED_COPY: 'Signed copy' },
  { FAX: '传真', PHONE: '电话记录', EMAIL: '电子邮件', SIGNED_COPY: '签字回传件' },
);

export const lineCategoryLabel = labels(
  { STATED: 'Stated', IMPLIED: 'Implied', STATUTORY: 'Statutory', CUSTOMER_PROPERTY: 'Customer property', EMERGENCY: 'Emergency', COMPANY_ADDITIONAL: 'Company additional' },
  { STATED: '明示要求', IMPLIED: '隐含要求', STATUTORY: '法律法规要求', CUSTOMER_PROPERTY: '顾客财产', EMERGENCY: '应急要求', COMPANY_ADDITIONAL: '公司附加要求' },
);

export const serviceLabel = labels(
  { TRANSPORT: 'Transport', INSTALLATION: 'Installation', TRAINING: 'Training', WARRANTY: 'Warranty', MAINTENANCE: 'Maintenance' },
  { TRANSPORT: '运输', INSTALLATION: '安装', TRAINING: '培训', WARRANTY: '保修', MAINTENANCE: '维护' },
);

export const sourceLabel = labels(
  { CONTRACT_DRAFT: 'Contract draft', TECHNICAL_AGREEMENT: 'Technical agreement', TENDER: 'Tender', ORDER: 'Order', VERBAL_ORDER: 'Verbal order', ERP_ORDER: 'ERP order' },
  { CONTRACT_DRAFT: '合同草案', TECHNICAL_AGREEMENT: '技术协议', TENDER: '招标', ORDER: '订单', VERBAL_ORDER: '口头订单', ERP_ORDER: 'ERP 订单' },
);

/** The badge's tone: not the only sign (the text says the status too). */
export function statusTone(status: string | null | undefined): 'ok' | 'warn' | 'bad' | '' {
  if (status === 'APPROVED') return 'ok';
  if (status === 'REJECTED') return 'bad';
  if (status === 'CLARIFICATION_REQUIRED' || status === 'CONSOLIDATED') return 'warn';
  return '';
}
