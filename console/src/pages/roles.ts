import { labels } from '../i18n/i18n';

/** The roles a person may hold (ERP_CLIENT is the machine role: never a person's). */
export const ROLES = ['SALES', 'SALES_MANAGER', 'TECHNICAL', 'PRODUCTION', 'PROCUREMENT', 'QUALITY', 'FINANCE', 'LEGAL',
  'SAFETY_ENV', 'GENERAL_MANAGER', 'CUSTOMER_SERVICE', 'AUDITOR', 'ADMIN'] as const;

export const roleLabel = labels(
  {
    SALES: 'Sales', SALES_MANAGER: 'Sales manager', TECHNICAL: 'Technical', PRODUCTION: 'Production',
    PROCUREMENT: 'Procurement', QUALITY: 'Quality', FINANCE: 'Finance', LEGAL: 'Legal', SAFETY_ENV: 'Safety & environment',
    GENERAL_MANAGER: 'General manager', CUSTOMER_SERVICE: 'Customer service', AUDITOR: 'Auditor', ADMIN: 'Administrator',
  },
  {
    SALES: '销售', SALES_MANAGER: '销售经理', TECHNICAL: '技术', PRODUCTION: '生产', PROCUREMENT: '采购', QUALITY: '质量',
    FINANCE: '财务', LEGAL: '法务', SAFETY_ENV: '安全环保', GENERAL_MANAGER: '总经理', CUSTOMER_SERVICE: '客户服务',
    AUDITOR: '审核员', ADMIN: '管理员',
  },
);
