/** Vocabulary of staff notifications (提醒). What each one says is decided in notify*.ts of the CMS. */
type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const notificationKinds = ['returned', 'published', 'reviewWaiting', 'itemDue', 'applicationReceived', 'applicationDueSoon', 'applicationOverdue', 'feedbackReceived', 'replyLetterUndelivered'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindLabels: Labels<NotificationKind> = {
  returned: { zh: '条目被退回', en: 'Record returned' },
  published: { zh: '条目已发布', en: 'Record published' },
  reviewWaiting: { zh: '待审核超时', en: 'Waiting for review' },
  itemDue: { zh: '清单事项即将到期', en: 'Checklist item due' },
  applicationReceived: { zh: '新的依申请公开申请', en: 'New application' },
  applicationDueSoon: { zh: '申请答复期限将至', en: 'Application due soon' },
  applicationOverdue: { zh: '申请已逾期', en: 'Application overdue' },
  feedbackReceived: { zh: '新的评议、举报或纠错', en: 'New feedback' },
  replyLetterUndelivered: { zh: '答复书未能通过邮件送达', en: 'Reply letter not e-mailed' },
};

/** What became of the e-mail: sent, recorded only (no SMTP configured or the user opted out), or failed. */
export const deliveryStates = ['sent', 'recorded', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
export const deliveryStateLabels: Labels<DeliveryState> = {
  sent: { zh: '已发送邮件', en: 'E-mail sent' },
  recorded: { zh: '仅站内记录', en: 'Recorded only' },
  failed: { zh: '邮件发送失败', en: 'E-mail failed' },
};
