import { chinaDate, type CaseEvent } from '@xxgk/domain';
import type { PayloadRequest, RequestContext } from 'payload';

/**
 * What server code tells the case hooks through `context` (never settable by an HTTP client):
 * - `caseActor: 'applicant'`: the public intake acts for the applicant (applications/caseActor.ts);
 * - `caseEvent`: an event `checkCaseAction` allowed, to append to the log of case `id`, which had
 *   `after` events when it was judged (a log that grew meanwhile refuses the write);
 * - `caseToday`: the Beijing date the action is taken on (the scheduled jobs' clock), else today;
 * - `eraseCaseNotes`: the retention job erases the notes of the log (eraseCaseText.ts).
 */
export type PendingCaseEvent = { id: number | string; event: CaseEvent; after: number };
export type CaseContext = { caseActor?: 'applicant'; caseEvent?: PendingCaseEvent; caseToday?: string; eraseCaseNotes?: boolean };

export const caseContextOf = (context: RequestContext | undefined): CaseContext => (context ?? {}) as CaseContext;

/** The Beijing date the request acts on. */
export const caseTodayOf = (req: PayloadRequest): string => caseContextOf(req.context).caseToday ?? chinaDate(new Date());
