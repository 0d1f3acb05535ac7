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
// The single-field checks stay internal; forms validate through validateApplication / validateFeedback.
export { isChinesePhone, textLength } from './fieldRules';
export * from './applicationInput';
export * from './feedbackInput';
export * from './feedbackStatus';
export * from './feedbackStatistics';
export * from './submission';
export * from './publicView';
