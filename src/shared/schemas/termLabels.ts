import type { CaseStatus, Channel } from './case';
import type { Category, ComplaintSeverity, Priority, Scenario } from './domainTerms';
import type { Locale } from './settings';

/**
 * The one place the domain's values are named, in both languages: the renderer's translations
 * (channels, statuses, cases.*, terms.*) and the shift report's labels (exports written by main,
 * which has no i18next) both take these tables, so the screen and the files say the same thing.
 * Each table is keyed by exactly its enum: a missing or extra value fails `tsc`.
 */
export interface TermLabels {
  channels: Record<Channel, string>;
  statuses: Record<CaseStatus, string>;
  priorities: Record<Priority, string>;
  categories: Record<Category, string>;
  scenarios: Record<Scenario, string>;
  complaintSeverities: Record<ComplaintSeverity, string>;
}

const zhCN: TermLabels = {
  channels: { phone: '电话', chat: '在线咨询', email: '邮件', walkIn: '到店' },
  statuses: { new: '新建', inProgress: '处理中', waitingCustomer: '等待客户', escalated: '已升级', transferred: '已转交', resolved: '已解决', closed: '已关闭', reopened: '已重开' },
  priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  categories: { consultation: '咨询/技术', afterSalesRepair: '售后维修', complaintSuggestion: '投诉建议', order: '订单', returnExchange: '退换货', fault: '故障' },
  scenarios: { consultation: '咨询', complaint: '投诉', afterSales: '售后上门', returnExchange: '退换货', faultDiagnosis: '故障诊断', order: '订单' },
  complaintSeverities: { minor: '一般投诉', major: '重大投诉' },
};

const en: TermLabels = {
  channels: { phone: 'Phone', chat: 'Chat', email: 'Email', walkIn: 'Walk-in' },
  statuses: { new: 'New', inProgress: 'In progress', waitingCustomer: 'Waiting for customer', escalated: 'Escalated', transferred: 'Transferred', resolved: 'Resolved', closed: 'Closed', reopened: 'Reopened' },
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  categories: { consultation: 'Consultation / technical', afterSalesRepair: 'After-sales repair', complaintSuggestion: 'Complaint / suggestion', order: 'Order', returnExchange: 'Return / exchange', fault: 'Fault' },
  scenarios: { consultation: 'Consultation', complaint: 'Complaint', afterSales: 'After-sales visit', returnExchange: 'Return / exchange', faultDiagnosis: 'Fault diagnosis', order: 'Order' },
  complaintSeverities: { minor: 'Minor', major: 'Major' },
};

export const termLabels: Readonly<Record<Locale, TermLabels>> = { 'zh-CN': zhCN, en };
