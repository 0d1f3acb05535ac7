import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import type { CaseStore } from './caseWriter';

type Drizzle = { drizzle: any; tables: Record<string, any> };

/**
 * Case writing on SQLite: multi-row INSERTs into the tables Payload defines for cases,
 * applicants and feedback, all in one transaction. Applicants get their ids here (after the
 * highest in use, inside the transaction), so each case can point at its own.
 */
export const createSqliteCaseStore = (payload: Payload): CaseStore => {
  const db = payload.db as unknown as Drizzle;
  const { application_cases: cases, applicants, feedback } = db.tables;
  const inSlices = async (tx: any, table: any, rows: Record<string, unknown>[], size: number) => {
    for (let start = 0; start < rows.length; start += size) await tx.insert(table).values(rows.slice(start, start + size));
  };
  return {
    insert: async (batch, clock) => {
      const now = clock.toISOString();
      await db.drizzle.transaction(async (tx: any) => {
        const [{ highest }] = await tx.all(sql`SELECT COALESCE(MAX(id), 0) AS highest FROM applicants`);
        let nextId = Number(highest) + 1;
        const applicantRows: Record<string, unknown>[] = [];
        const caseRows = batch.cases.map(({ row, columns, caseNo, submissionKey }) => {
          let applicantId: number | null = null;
          if (row.applicant) {
            applicantId = nextId++;
            applicantRows.push({ id: applicantId, ...row.applicant, createdAt: row.registeredAt.toISOString(), updatedAt: now });
          }
          return {
            caseNo,
            submissionKey,
            channel: row.channel,
            applicantType: row.applicantType,
            applicant: applicantId,
            informationRequested: row.informationRequested,
            purpose: row.purpose,
            form: row.form,
            delivery: row.delivery,
            department: row.departmentId,
            handler: row.handlerId,
            ...columns,
            createdAt: row.registeredAt.toISOString(),
            updatedAt: now,
          };
        });
        await inSlices(tx, applicants, applicantRows, 500);
        await inSlices(tx, cases, caseRows, 250);
        await inSlices(
          tx,
          feedback,
          batch.feedback.map(({ row, receiptNo, submissionKey, events }) => ({
            receiptNo,
            submissionKey,
            events,
            kind: row.kind,
            status: row.status,
            content: row.content,
            rating: row.rating,
            record: row.recordId,
            recordUrl: row.recordUrl,
            name: row.name,
            contact: row.contact,
            handler: row.handlerId,
            reply: row.reply,
            repliedAt: row.repliedAt?.toISOString() ?? null,
            createdAt: row.receivedAt.toISOString(),
            updatedAt: now,
          })),
          400,
        );
      });
    },
  };
};
