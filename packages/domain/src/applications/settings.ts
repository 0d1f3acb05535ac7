import type { CalendarYear } from '../calendar';

/**
 * The institution's settings for applications, kept in the CMS site settings beside the working
 * calendar. Every number is in working days. The values in force when an action is taken are
 * written into its log event (the reply limit on receipt, the window on a correction request,
 * the length on an extension, the limit on a consultation), so changing a setting later never
 * moves the deadline of a case already running.
 */
export type ApplicationSettings = {
  /** Reply limit (答复期限): 15 working days under 教育部令第29号. */
  replyWithin: number;
  /** Length of the one extension (延长答复期限). */
  extensionDays: number;
  /** How long the applicant has to amend (补正期限) before the case closes as withdrawn. */
  correctionWithin: number;
  /** How long a third party may take (征求第三方意见); the clock runs again after it. */
  consultationLimit: number;
  /** "Due soon" (临期) when at most this many working days remain. */
  dueSoonDays: number;
  /** Whether the public form requires an identity document. */
  idDocumentRequired: boolean;
  calendar: CalendarYear[];
};

export const defaultApplicationSettings = {
  replyWithin: 15,
  extensionDays: 15,
  correctionWithin: 15,
  consultationLimit: 15,
  dueSoonDays: 3,
  idDocumentRequired: false,
} as const satisfies Omit<ApplicationSettings, 'calendar'>;
