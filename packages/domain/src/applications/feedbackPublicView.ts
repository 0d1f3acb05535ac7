import { answeredFeedbackStatuses, type FeedbackStatus } from './feedbackLifecycle';
import { feedbackDay, type FeedbackItem } from './feedbackState';

/**
 * What the submitter sees on the public site after proving the receipt and query codes: the
 * status, the dates, and the answer in force (the reply, or the reason for not accepting).
 * The office's notes, who handled it and the log itself are never part of it.
 */
export type PublicFeedbackView = { status: FeedbackStatus; receivedOn: string; repliedOn: string | null; reply: string | null };

export const publicFeedbackView = (current: FeedbackItem): PublicFeedbackView => {
  const isAnswered = answeredFeedbackStatuses.includes(current.status) && current.repliedAt !== null;
  return {
    status: current.status,
    receivedOn: feedbackDay(current.receivedAt),
    repliedOn: isAnswered ? feedbackDay(current.repliedAt!) : null,
    reply: isAnswered ? current.reply : null,
  };
};
