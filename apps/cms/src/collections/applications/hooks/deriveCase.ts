import { applyCaseEvent, caseColumnsOf, caseStatusLabels, checkCaseAction, collections, eraseCaseNotes, generateReceiptCode, type ApplicantType, type ApplicationCase } from '@xxgk/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import type { ApplicationCase as StoredCase } from '../../../payload-types';
import { caseActorOf } from '../../../applications/caseActor';
import { caseContextOf, caseTodayOf } from '../../../applications/caseContext';
import { caseRefusalError } from '../../../applications/caseRefusal';
import { loadCaseSettings } from '../../../applications/caseSettings';
import { storedCase } from '../../../applications/storedCase';

/** A receipt code no case has yet. 40 random bits make a clash rare; the unique index stays the last guard. */
const newCaseNo = async (req: PayloadRequest, year: number): Promise<string> => {
  for (let attempt = 0; ; attempt += 1) {
    const caseNo = generateReceiptCode({ year, randomBytes: (length) => randomBytes(length) });
    const { totalDocs } = await req.payload.count({ collection: collections.applicationCases, where: { caseNo: { equals: caseNo } }, req, overrideAccess: true });
    if (totalDocs === 0 || attempt >= 4) return caseNo;
  }
};

/**
 * The case on every write, as @xxgk/domain decides it. On creation the `receive` event is
 * judged by checkCaseAction (who registers it, the date received) and the case gets its
 * receipt code and submission key; on an update the log is the stored one, plus the event an
 * action appended (applications/takeCaseAction.ts) — never what a client sent. Status,
 * deadline, decision, fee and the statistics' dates are then derived from the log
 * (caseColumnsOf), whatever the request carried for them.
 */
export const deriveCase: CollectionBeforeChangeHook<StoredCase> = async ({ data, originalDoc, operation, req }) => {
  const settings = await loadCaseSettings(req.payload, req);
  const today = caseTodayOf(req);
  const context = caseContextOf(req.context);
  let current: ApplicationCase;
  let identity: Partial<StoredCase> = {};

  if (operation === 'create') {
    const actor = caseActorOf(req);
    const verdict = checkCaseAction({ case: null, action: 'receive', actor, input: { receivedOn: data.receivedOn || null }, settings, today });
    if (!verdict.isAllowed) throw caseRefusalError(req, verdict.refusal);
    current = verdict.case;
    identity = {
      caseNo: data.caseNo || (await newCaseNo(req, Number(current.receivedOn.slice(0, 4)))),
      submissionKey: data.submissionKey || randomUUID(),
    };
  } else {
    const stored = storedCase(originalDoc);
    if (!stored) throw caseRefusalError(req, { key: 'caseStoredLogInvalid', path: 'action' }, { status: 409 });
    current = stored;
    const pending = context.caseEvent;
    if (pending && String(pending.id) === String(originalDoc?.id)) {
      // Consumed here, so that a later write with the same request cannot append it again.
      delete (req.context as Record<string, unknown>).caseEvent;
      if (stored.events.length !== pending.after) {
        throw caseRefusalError(req, { key: 'caseChangedMeanwhile', path: 'action', params: { status: caseStatusLabels[stored.status] } }, { status: 409 });
      }
      current = applyCaseEvent(stored, pending.event);
    }
    // The retention job's erasure: the notes of the log go, its actions, dates and figures stay.
    if (context.eraseCaseNotes) current = eraseCaseNotes(current);
    // The identity of a case never changes once given.
    identity = { caseNo: originalDoc?.caseNo, submissionKey: originalDoc?.submissionKey };
  }

  const applicantType = (data.applicantType ?? originalDoc?.applicantType) as ApplicantType;
  const columns = caseColumnsOf({ current, applicantType, calendar: settings.calendar, today });
  return { ...data, ...identity, ...columns } as Partial<StoredCase>;
};
