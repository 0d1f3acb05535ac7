/** Disclosure on application (依申请公开): vocabulary, outcomes, lifecycle, clock, statistics, codes, public intake. */
export * from './caseModel';
export * from './outcomes';
export * from './settings';
export * from './deadline';
export * from './lifecycle';
export * from './caseState';
export * from './checkCaseAction';
export * from './caseFacts';
export * from './caseColumns';
export * from './retention';
export * from './fees';
export * from './caseStatistics';
export * from './codes';
// The single-field checks stay internal (forms validate through validateApplication / validateFeedback),
// but for the e-mail and phone rules, which the CMS applies to staff edits of an applicant too.
export { checkEmail, checkPhone, isChinesePhone, textLength } from './fieldRules';
export * from './applicationInput';
export * from './applicationAttachments';
export * from './feedbackInput';
export * from './feedbackLifecycle';
export * from './feedbackState';
export * from './checkFeedbackAction';
export * from './feedbackPublicView';
export * from './feedbackStatistics';
export * from './submission';
export * from './publicView';
export * from './replyTemplates';
export * from './replyLetter';
export * from './replyLetterRecord';
