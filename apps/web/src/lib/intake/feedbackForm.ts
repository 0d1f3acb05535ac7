import type { FeedbackInput, SubmitFeedbackMutation } from '../../gql/graphql';
import type { FormState } from './formState';
import { textOrNull } from './formState';
import { appraisalRating, feedbackKind } from './vocabulary';

/** The 评议、举报、纠错 form's fields (FeedbackInput, and the submission key made with the page). */
export const feedbackFields = ['kind', 'content', 'rating', 'record', 'name', 'email', 'phone', 'submissionKey'] as const;

export type FeedbackReceiptData = SubmitFeedbackMutation['submitFeedback'] & { kind: string | null };
export type FeedbackFormState = FormState<FeedbackReceiptData>;

export const feedbackInput = (values: Record<string, string>): FeedbackInput => {
  const kind = feedbackKind.parse(values.kind);
  return {
    kind,
    content: textOrNull(values.content),
    // Each kind's own field only: a rating typed before switching to a complaint is not a complaint's.
    rating: kind === 'APPRAISAL' ? appraisalRating.parse(values.rating) : null,
    record: kind === 'CORRECTION' ? textOrNull(values.record) : null,
    name: textOrNull(values.name),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
  };
};

/** `?kind=correction` (a record page's 纠错 link) as the form's choice; anything else chooses nothing. */
export const kindFromAddress = (text: string) => feedbackKind.parse(text.toUpperCase());
