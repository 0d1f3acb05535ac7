import type { CaseStatus } from './lifecycle';

/**
 * How long an applicant's personal data is kept (申请人个人信息保存期限): `retentionYears` whole
 * years after the case ended — closed (办结归档) or withdrawn (撤回, or closed as not corrected).
 * Afterwards the data is erased and the case stays, anonymised, for the statistics and the file.
 * A case that was replied to but never closed keeps its applicant: the office has not filed it.
 */

/** The statuses a case ends in, and the column holding the day it ended. */
export const endedCaseStatuses = ['closed', 'withdrawn'] as const satisfies readonly CaseStatus[];

/**
 * The last end date whose personal data is due for erasure on `today`: the same day `years`
 * years earlier, minus one day (a case closed on 2021-03-01 is kept through 2026-03-01 with five
 * years, and erased from 2026-03-02). 29 February counts from 28 February in common years.
 */
export const retentionCutoff = ({ today, years }: { today: string; years: number }): string => {
  const year = Number(today.slice(0, 4)) - years;
  const monthDay = today.slice(5);
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const anniversary = monthDay === '02-29' && !isLeap(year) ? `${String(year).padStart(4, '0')}-02-28` : `${String(year).padStart(4, '0')}-${monthDay}`;
  return new Date(Date.parse(`${anniversary}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
};

/** The day a case ended (its closure or withdrawal), or null while it has not. */
export const caseEndedOn = (facts: { status: CaseStatus; closedOn?: string | null; withdrawnOn?: string | null }): string | null =>
  facts.status === 'closed' ? (facts.closedOn ?? null) : facts.status === 'withdrawn' ? (facts.withdrawnOn ?? null) : null;

/** Whether the personal data behind a case may be erased on `today`. */
export const isPastRetention = ({
  facts,
  today,
  years,
}: {
  facts: { status: CaseStatus; closedOn?: string | null; withdrawnOn?: string | null };
  today: string;
  years: number;
}): boolean => {
  const endedOn = caseEndedOn(facts);
  return endedOn !== null && endedOn <= retentionCutoff({ today, years });
};

/**
 * What stands in place of free text erased with the applicant (the information requested, the
 * purpose, the office's notes in the log): a neutral marker, so the file shows that something was
 * there and why it is gone.
 */
export const erasedTextMarker = '（已超过保存期限，内容已删除）';

/**
 * The case with the notes of its log erased: every note that held text becomes the marker, so
 * the log keeps its actions, dates, decisions and fees — everything the statistics and the
 * columns are derived from — without what the office wrote about the applicant or their request.
 */
export const eraseCaseNotes = <T extends { events: readonly { note: string | null }[] }>(current: T): T => ({
  ...current,
  events: current.events.map((event) => (event.note ? { ...event, note: erasedTextMarker } : event)),
});
