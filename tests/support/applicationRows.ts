import type { Payload } from 'payload';
import { sql, sqlRows } from './sql';

/**
 * Applications and feedback as they lie in the database, read without the Local API or the
 * gateway (SQL on SQLite, the native driver on MongoDB), for recounts written in the tests.
 */
export type RawCase = {
  id: string;
  caseNo: string;
  applicantType: string;
  applicantId: string | null;
  receivedOn: string;
  status: string;
  decision: string | null;
  repliedOn: string | null;
  withdrawnOn: string | null;
  dueOn: string | null;
  workingDaysUsed: number | null;
  extended: boolean;
  isPaused: boolean;
  feeCharged: number;
  feeWaived: number;
  informationRequested: string;
  purpose: string | null;
  events: { note: string | null }[];
};
export type RawFeedback = { kind: string; status: string; rating: string | null; createdAt: string; content: string; name: string | null; contact: string | null };
export type RawApplicant = Record<'name' | 'contactPerson' | 'email' | 'phone' | 'address' | 'idNumber', string | null>;

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

const caseOf = (row: Record<string, unknown>, key: (camel: string) => string): RawCase => ({
  id: String(row[key('id')]),
  caseNo: String(row[key('caseNo')]),
  applicantType: String(row[key('applicantType')]),
  applicantId: text(row[key('applicantId')]),
  receivedOn: String(row[key('receivedOn')]),
  status: String(row[key('status')]),
  decision: text(row[key('decision')]),
  repliedOn: text(row[key('repliedOn')]),
  withdrawnOn: text(row[key('withdrawnOn')]),
  dueOn: text(row[key('dueOn')]),
  workingDaysUsed: row[key('workingDaysUsed')] == null ? null : Number(row[key('workingDaysUsed')]),
  extended: Boolean(row[key('extended')]),
  isPaused: Boolean(row[key('isPaused')]),
  feeCharged: Number(row[key('feeCharged')] ?? 0),
  feeWaived: Number(row[key('feeWaived')] ?? 0),
  informationRequested: String(row[key('informationRequested')]),
  purpose: text(row[key('purpose')]),
  events: (typeof row[key('events')] === 'string' ? JSON.parse(row[key('events')] as string) : row[key('events')]) as RawCase['events'],
});

const snake = (camel: string) => (camel === 'applicantId' ? 'applicant_id' : camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
const mongo = (camel: string) => (camel === 'id' ? '_id' : camel === 'applicantId' ? 'applicant' : camel);

type Cursor = { sort: (order: object) => Cursor; toArray: () => Promise<Record<string, unknown>[]> };
type Native = { find: (filter: object) => Cursor };
const nativeCollection = (payload: Payload, slug: string) => (payload.db as unknown as { collections: Record<string, { collection: Native }> }).collections[slug]!.collection;

/** In the order they were written (ids grow on both databases). */
export const readRawCases = async (payload: Payload): Promise<RawCase[]> =>
  payload.db.name === 'mongoose'
    ? (await nativeCollection(payload, 'application-cases').find({}).sort({ _id: 1 }).toArray()).map((row) => caseOf(row, mongo))
    : (await sqlRows(payload, sql`SELECT * FROM application_cases ORDER BY id`)).map((row) => caseOf(row, snake));

export const readRawFeedback = async (payload: Payload): Promise<RawFeedback[]> => {
  const rows = payload.db.name === 'mongoose' ? await nativeCollection(payload, 'feedback').find({}).toArray() : await sqlRows(payload, sql`SELECT * FROM feedback`);
  const at = (row: Record<string, unknown>, camel: string) => row[payload.db.name === 'mongoose' ? camel : snake(camel)];
  return rows.map((row) => ({
    kind: String(at(row, 'kind')),
    status: String(at(row, 'status')),
    rating: text(at(row, 'rating')),
    createdAt: iso(at(row, 'createdAt')),
    content: String(at(row, 'content')),
    name: text(at(row, 'name')),
    contact: text(at(row, 'contact')),
  }));
};

export const readRawApplicants = async (payload: Payload): Promise<RawApplicant[]> => {
  const rows = payload.db.name === 'mongoose' ? await nativeCollection(payload, 'applicants').find({}).toArray() : await sqlRows(payload, sql`SELECT * FROM applicants`);
  const fields = ['name', 'contactPerson', 'email', 'phone', 'address', 'idNumber'] as const;
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, text(row[payload.db.name === 'mongoose' ? field : snake(field)])])) as RawApplicant);
};
