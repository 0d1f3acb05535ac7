import { loadCaseSettings } from '@xxgk/cms/applications';
import { caseColumnsOf, chinaDate, feedbackReceiptPrefix, generateReceiptCode, impliedFeedbackLog, replayCase, type CaseColumns, type FeedbackEvent } from '@xxgk/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Payload } from 'payload';
import type { BulkCase, BulkFeedback } from '../cases/caseRows';
import { createMongoCaseStore } from './mongoCaseStore';
import { createSqliteCaseStore } from './sqliteCaseStore';

/** A case ready to store: its columns derived from the log, and the identity the CMS gives on registration. */
export type PreparedCase = { row: BulkCase; columns: CaseColumns; caseNo: string; submissionKey: string };
/** `events`: the log the row's status implies (the domain's impliedFeedbackLog), as a bulk load writes it. */
export type PreparedFeedback = { row: BulkFeedback; receiptNo: string; submissionKey: string; events: FeedbackEvent[] };

export type CaseStore = { insert: (batch: { cases: PreparedCase[]; feedback: PreparedFeedback[] }, now: Date) => Promise<void> };

// Codes and keys are random, as the CMS draws them (not from the seed): running the same seed
// twice must not collide on their unique indexes.
const random = (length: number) => randomBytes(length);

/**
 * Writes many application cases (with their applicants) and feedback at once. Each case's
 * columns are what the CMS hook derives on a write (caseColumnsOf with the institution's working
 * calendar and today's Beijing date; see apps/cms/src/collections/applications/hooks/deriveCase.ts),
 * and its log must be exactly the fold it came from (replayCase), so a case the CMS later opens,
 * acts on or refreshes is the same case. The writing itself is the database's store: one
 * transaction on SQLite, insertMany on MongoDB (atomic as mongoBulkStore.ts explains).
 */
export const createCaseWriter = async ({ payload }: { payload: Payload }) => {
  const store: CaseStore = payload.db.name === 'mongoose' ? createMongoCaseStore(payload) : createSqliteCaseStore(payload);
  const { calendar } = await loadCaseSettings(payload);
  return async ({ cases = [], feedback = [] }: { cases?: BulkCase[]; feedback?: BulkFeedback[] }, now = new Date()) => {
    const today = chinaDate(now);
    const preparedCases = cases.map((row, index): PreparedCase => {
      const { current } = row;
      if (current.events[0]?.action !== 'receive' || !isDeepStrictEqual(replayCase(current.events), current)) {
        throw new Error(`第 ${index + 1} 件申请的办理记录不是按规则生成的 / case ${index + 1}: its log is not the fold it came from`);
      }
      return {
        row,
        columns: caseColumnsOf({ current, applicantType: row.applicantType, calendar, today }),
        caseNo: generateReceiptCode({ year: Number(current.receivedOn.slice(0, 4)), randomBytes: random }),
        submissionKey: randomUUID(),
      };
    });
    const preparedFeedback = feedback.map((row): PreparedFeedback => ({
      row,
      receiptNo: generateReceiptCode({ year: Number(chinaDate(row.receivedAt).slice(0, 4)), randomBytes: random, prefix: feedbackReceiptPrefix }),
      submissionKey: randomUUID(),
      events: impliedFeedbackLog({ status: row.status, receivedAt: row.receivedAt.toISOString(), reply: row.reply, repliedAt: row.repliedAt?.toISOString() ?? null }),
    }));
    await store.insert({ cases: preparedCases, feedback: preparedFeedback }, now);
    return { cases: preparedCases.length, feedback: preparedFeedback.length };
  };
};
