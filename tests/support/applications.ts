import { collections, globals } from '@xxgk/domain';
import type { Payload } from 'payload';
import { vi } from 'vitest';
import { calendar } from '../../seeds/demo/institution';
import type { CmsHttp } from './cmsHttp';
import type { Fixture } from './fixtures';

/** The demo institution's working calendar (2021, 2022) and the default application settings. */
export const useDemoCalendar = (payload: Payload) =>
  payload.updateGlobal({ slug: globals.siteSettings, data: { calendar, deadlines: { publishWithin: 20, replyWithin: 15, extension: 15 } } as never, overrideAccess: true });

/**
 * The CMS's clock set to noon (Beijing) on a calendar date: every `new Date()` in the process —
 * the endpoint's "today", sessions, timestamps — reads that day, and time runs on from there.
 */
export const setToday = (date: string) => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(`${date}T12:00:00+08:00`));
};
export const realToday = () => vi.useRealTimers();

/**
 * Back to the real clock before the database is dropped. Mongoose reports a connection whose last
 * heartbeat is older than the heartbeat interval as disconnected (and holds connection-level
 * commands such as dropDatabase until it connects again): after days of set clock, the next
 * heartbeat (every 10 s) has to come first.
 */
export const settleClock = async (payload: Payload) => {
  vi.useRealTimers();
  const connection = (payload.db as unknown as { connection?: { readyState: number } }).connection;
  for (let waited = 0; connection && connection.readyState !== 1 && waited < 30_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
};

export type Staff = keyof Fixture['users'];
export const password = 'Test#12345';

/** A case action over REST as a member of staff (signed in afresh: moving the clock by days outlives sessions). */
export const actOn = async (http: CmsHttp, fixture: Fixture, who: Staff | 'anonymous', id: number | string, body: Record<string, unknown>, language = 'zh') => {
  const session = who === 'anonymous' ? {} : await http.signIn(String(fixture.users[who].email), password);
  const response = await http.rest(`/${collections.applicationCases}/${id}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...session },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ActionAnswer };
};
export type Problem = { path: string; label: string; message: string };
export type ActionAnswer = { doc?: Record<string, unknown> & { id: number | string; events: { action: string; by: unknown; from: string | null; to: string; note: string | null; at: string }[] }; message?: string; errors?: { name: string; message: string; data?: { code?: string; errors?: Problem[] } }[] };

/** The first refusal's field problem. */
export const problemOf = (answer: ActionAnswer): Problem | undefined => answer.errors?.[0]?.data?.errors?.[0];

/** Registers an application as a member of staff over REST (a letter received on `receivedOn`). */
export const register = async (http: CmsHttp, fixture: Fixture, { who = 'reviewer', receivedOn, applicant, extra = {} }: { who?: Staff; receivedOn?: string; applicant?: number | string; extra?: Record<string, unknown> } = {}) => {
  const session = await http.signIn(String(fixture.users[who].email), password);
  const response = await http.rest(`/${collections.applicationCases}?depth=0`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify({ channel: 'letter', applicantType: 'naturalPerson', informationRequested: '2022年学校招生计划分省分专业数据', form: 'electronic', delivery: 'email', ...(receivedOn ? { receivedOn } : {}), ...(applicant ? { applicant } : {}), ...extra }),
  });
  return { status: response.status, body: (await response.json()) as { doc: NonNullable<ActionAnswer['doc']> & Record<string, unknown>; errors?: ActionAnswer['errors'] } };
};
