// Labels of the requirements-service's enums, in the reader's language (the options of selects and check boxes; a
// record shows the server's own `…Label` where it sends one).
import { labels } from '../../i18n/i18n';

export const STATUSES = ['CAPTURED', 'AWAITING_CONFIRMATION', 'CONFIRMED', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED',
  'CLARIFICATION_REQUESTED', 'AMENDED', 'DELIVERED', 'CANCELLED'] as const;
export const SOURCES = ['CONTRACT_DRAFT', 'TECHNICAL_AGREEMENT', 'TENDER', 'ORDER', 'VERBAL_ORDER', 'ERP_ORDER'] as const;
/** What a person captures by hand: ERP orders arrive through the ERP intake only. */
export const CAPTURE_SOURCES = SOURCES.filter((s) => s !== 'ERP_ORDER');
export const SERVICES = ['TRANSPORT', 'INSTALLATION', 'TRAINING', 'WARRANTY', 'MAINTENANCE'] as const;
export const CATEGORIES = ['STATED', 'IMPLIED', 'STATUTORY', 'CUSTOMER_PROPERTY', 'EMERGENCY', 'COMPANY_ADDITIONAL'] as const;
export const METHODS = ['FAX', 'PHONE', 'EMAIL', 'SIGNED_COPY'] as const;
export const REJECTION_CATEGORIES = ['QUALITY', 'DELIVERY'] as const;

export const statusLabel = labels(
  {
    CAPTURED: 'Captured', AWAITING_CONFIRMATION: 'Awaiting confirmation', CONFIRMED: 'Confirmed', SUBMITTED: 'Submitted',
    UNDER_REVIEW: 'Under review', ACCEPTED: 'Accepted', REJECTED: 'Rejected', CLARIFICATION_REQUESTED: 'Clarification requested',
    AMENDED: 'Amended', DELIVERED: 'Delivered', CANCELLED: 'Cancelled',
  },
  {
    CAPTURED: '已登记', AWAITING_CONFIRMATION: '待顾客确认', CONFIRMED: '顾客已确认', SUBMITTED: '已提交评审', UNDER_REVIEW: '评审中',
    ACCEPTED: '已接受', REJECTED: '已拒绝', CLARIFICATION_REQUESTED: '待澄清', AMENDED: '已更改', DELIVERED: '已交付', CANCELLED: '已取消',
  },
);

export const sourceLabel = labels(
  {
    CONTRACT_DRAFT: 'Contract draft', TECHNICAL_AGREEMENT: 'Technical agreement', TENDER: 'Tender', ORDER: 'Order',
    VERBAL_ORDER: 'Verbal order', ERP_ORDER: 'ERP order',
  },
  { CONTRACT_DRAFT: '合同草案', TECHNICAL_AGREEMENT: '技术协议', TENDER: '招标文件', ORDER: '订单', VERBAL_ORDER: '口头订单', ERP_ORDER: 'ERP 订单' },
);

export const serviceLabel = labels(
  { TRANSPORT: 'Transport', INSTALLATION: 'Installation', TRAINING: 'Training', WARRANTY: 'Warranty', MAINTENANCE: 'Maintenance' },
  { TRANSPORT: '运输', INSTALLATION: '安装', TRAINING: '培训', WARRANTY: '保修', MAINTENANCE: '维护' },
);

export const categoryLabel = labels(
  {
    STATED: 'Stated by the customer', IMPLIED: 'Implied (needed for the intended use)', STATUTORY: 'Statutory and regulatory',
    CUSTOMER_PROPERTY: 'Customer property', EMERGENCY: 'Emergency', COMPANY_ADDITIONAL: 'Additional, set by the company',
  },
  {
    STATED: '顾客明示的要求', IMPLIED: '隐含要求（预期用途所必需）', STATUTORY: '法律法规要求', CUSTOMER_PROPERTY: '顾客财产',
    EMERGENCY: '应急要求', COMPANY_ADDITIONAL: '公司确定的附加要求',
  },
);

export const methodLabel = labels(
  { FAX: 'Fax', PHONE: 'Phone', EMAIL: 'E-mail', SIGNED_COPY: 'Signed copy' },
  { FAX: '传真', PHONE: '电话', EMAIL: '电子邮件', SIGNED_COPY: '签字件' },
);

export const rejectionLabel = labels(
  { QUALITY: 'Quality (fails the acceptance criteria)', DELIVERY: 'Delivery (late, wrong place, damaged, short)' },
  { QUALITY: '质量（不符合验收标准）', DELIVERY: '交付（延误、地点错误、损坏、短缺）' },
);

/** How a status reads at a glance (never by colour alone: the badge carries the label). */
export function statusTone(status: string | null | undefined): '' | 'ok' | 'warn' | 'bad' {
  switch (status) {
    case 'ACCEPTED': case 'DELIVERED': case 'CONFIRMED': return 'ok';
    case 'REJECTED': case 'CANCELLED': return 'bad';
    case 'AWAITING_CONFIRMATION': case 'CLARIFICATION_REQUESTED': case 'SUBMITTED': case 'UNDER_REVIEW': case 'AMENDED': return 'warn';
    default: return '';
  }
}
