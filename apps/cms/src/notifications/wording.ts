import { readEnv, resolveUrls } from '@xxgk/config';
import { collections, formatMessage, type Language, type MessageKey } from '@xxgk/domain';
import type { Payload } from 'payload';

/** Notifications are written in the recipients' language: the staff are Chinese. */
export const recipientLanguage: Language = 'zh';

export const say = (key: MessageKey, params: Record<string, string | number>) => formatMessage(recipientLanguage, key, params);

/** The admin's address as staff reach it: CMS_PUBLIC_URL, else this machine's CMS port. */
const adminBase = (payload: Payload) => {
  const origin = (payload.config.serverURL || resolveUrls(readEnv()).cms).replace(/\/+$/, '');
  return `${origin}${payload.config.routes.admin}`;
};

/** The record in the admin (where its author edits it and a reviewer reviews it). */
export const recordLink = (payload: Payload, id: number | string) => `${adminBase(payload)}/collections/${collections.disclosures}/${id}`;

/** An application in the admin (where the disclosure office handles it). */
export const caseLink = (payload: Payload, id: number | string) => `${adminBase(payload)}/collections/${collections.applicationCases}/${id}`;

/** An appraisal, complaint or correction request in the admin (where the office handles it). */
export const feedbackLink = (payload: Payload, id: number | string) => `${adminBase(payload)}/collections/${collections.feedback}/${id}`;

/** A new record in the admin (for an item falling due). */
export const newRecordLink = (payload: Payload) => `${adminBase(payload)}/collections/${collections.disclosures}/create`;

/** An instant as Beijing time, to the minute: 2026-11-28 09:30. */
export const chinaDateTime = (instant: string | Date) => new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** An empty value shown as a dash rather than nothing. */
export const orDash = (value: string | null | undefined) => (value && value.trim() ? value.trim() : '—');
