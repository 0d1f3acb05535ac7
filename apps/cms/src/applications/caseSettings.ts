import { defaultApplicationSettings, globals, type ApplicationSettings } from '@xxgk/domain';
import type { Payload, PayloadRequest } from 'payload';
import type { SiteSetting } from '../payload-types';
import { workingCalendarOf } from '../globals/workingCalendar';

export type CaseSettings = ApplicationSettings & {
  /** Whole years an applicant's personal data is kept after the case ended. */
  retentionYears: number;
};

/** The application settings in force, from the site settings (the reply limit and extension are in `deadlines`). */
export const caseSettingsOf = (settings: Pick<SiteSetting, 'deadlines' | 'applications' | 'calendar'>): CaseSettings => ({
  replyWithin: settings.deadlines?.replyWithin ?? defaultApplicationSettings.replyWithin,
  extensionDays: settings.deadlines?.extension ?? defaultApplicationSettings.extensionDays,
  correctionWithin: settings.applications?.correctionWithin ?? defaultApplicationSettings.correctionWithin,
  consultationLimit: settings.applications?.consultationLimit ?? defaultApplicationSettings.consultationLimit,
  dueSoonDays: settings.applications?.dueSoonDays ?? defaultApplicationSettings.dueSoonDays,
  idDocumentRequired: settings.applications?.idDocumentRequired ?? defaultApplicationSettings.idDocumentRequired,
  retentionYears: settings.applications?.retentionYears ?? 5,
  calendar: workingCalendarOf(settings),
});

/** Reads the settings in force; inside `req`'s transaction when given. */
export const loadCaseSettings = async (payload: Payload, req?: PayloadRequest): Promise<CaseSettings> =>
  caseSettingsOf(
    await payload.findGlobal({ slug: globals.siteSettings, depth: 0, select: { deadlines: true, applications: true, calendar: true }, req, overrideAccess: true }),
  );
