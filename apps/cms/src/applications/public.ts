/**
 * The public side of applications (依申请公开) and feedback (评议、举报、纠错), for the gateway:
 * filing from the public site, and the lookup by receipt and query code. Exported as
 * `@xxgk/cms/applications`; the collections and hooks keep the rest of a case's life.
 */
export { submitApplication, type ApplicationReceipt } from './intake';
export { applicationAttachmentLimitsOf, type SubmittedFile } from './attachmentIntake';
export { submitFeedback, type FeedbackReceipt } from './feedbackIntake';
export { lookUpApplication, lookUpFeedback, type ApplicationView, type FeedbackView, type LookUp } from './lookUp';
export { refused, type Accepted, type FieldError, type Refused } from './intakeResult';
export { deriveSubmissionKey } from './submissionSecrets';
// The settings in force (working calendar, time limits): the seeds' case writer derives stored columns with them, as the hooks do.
export { loadCaseSettings, type CaseSettings } from './caseSettings';
