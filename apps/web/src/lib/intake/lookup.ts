import type { ApplicationStatusQuery, FeedbackStatusQuery } from '../../gql/graphql';
import type { FormState } from './formState';

/**
 * The status lookups (POST only: the query code stays out of addresses and logs). A result with
 * `progress: null` is "not found": the gateway answers an unknown receipt code and a wrong query
 * code alike, and so does the page.
 */
export const lookupFields = ['receiptCode', 'queryCode'] as const;

export type ApplicationProgress = NonNullable<ApplicationStatusQuery['applicationStatus']>;
export type FeedbackProgress = NonNullable<FeedbackStatusQuery['feedbackStatus']>;

export type ApplicationLookupState = FormState<{ progress: ApplicationProgress | null }>;
export type FeedbackLookupState = FormState<{ progress: FeedbackProgress | null }>;
