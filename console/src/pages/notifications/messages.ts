// The mail log's words, in English and Chinese.
import { labels, messages } from '../../i18n/i18n';

export const t = messages(
  {
    nav: 'Mails',
    title: 'Mails sent to customers and staff',
    intro: 'Every service\'s mails, newest first: queued, sent, or failed with the reason.',
    recipient: 'Recipient',
    status: 'Status',
    anyStatus: 'Any status',
    aboutType: 'About (type)',
    aboutId: 'About (id)',
    filter: 'Filter',
    clear: 'Clear filters',
    queuedAt: 'Queued',
    sentAt: 'Sent',
    subject: 'Subject',
    template: 'Template',
    attempts: 'Attempts',
    reason: 'Failure reason',
    about: 'About',
    service: 'Service',
    empty: 'No mails match.',
    unavailable: 'Missing because their service did not answer: mails of {services}.',
    totalAtLeast: 'at least {total}',
    tooDeep: 'Older mails are reached with the filters.',
    pages: 'Pages',
  },
  {
    nav: '邮件',
    title: '发送给顾客和员工的邮件',
    intro: '各服务的邮件，最新在前：排队中、已发送，或发送失败及原因。',
    recipient: '收件人',
    status: '状态',
    anyStatus: '任意状态',
    aboutType: '关联对象（类型）',
    aboutId: '关联对象（ID）',
    filter: '筛选',
    clear: '清除筛选',
    queuedAt: '排队时间',
    sentAt: '发送时间',
    subject: '主题',
    template: '模板',
    attempts: '尝试次数',
    reason: '失败原因',
    about: '关联对象',
    service: '服务',
    empty: '没有符合条件的邮件。',
    unavailable: '以下服务未响应，其邮件未列出：{services}。',
    totalAtLeast: '至少 {total}',
    tooDeep: '更早的邮件请用筛选条件查找。',
    pages: '分页',
  },
);

const serviceLabel = labels(
  { requirements: 'Requirements', reviews: 'Reviews', feedback: 'Feedback', complaints: 'Complaints' },
  { requirements: '顾客要求', reviews: '评审', feedback: '顾客反馈', complaints: '顾客投诉' },
);

/** A service by its name in the list (`requirements-service`) or in `unavailable` (`requirements`). */
export function serviceName(service: string | null | undefined): string {
  return serviceLabel(service?.replace(/-service$/, ''));
}
