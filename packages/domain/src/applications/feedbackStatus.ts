import type { LabelMap } from './caseModel';

/**
 * Where an appraisal, complaint or correction request (评议、举报、纠错) stands: received on the
 * site, being handled by the disclosure office, replied to, closed.
 */
export const feedbackStatuses = ['received', 'handling', 'replied', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
export const feedbackStatusLabels: LabelMap<FeedbackStatus> = {
  received: { zh: '已收到', en: 'Received' },
  handling: { zh: '处理中', en: 'Being handled' },
  replied: { zh: '已答复', en: 'Replied' },
  closed: { zh: '已办结', en: 'Closed' },
};
