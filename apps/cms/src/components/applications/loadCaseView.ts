import { collections, type ApplicationCase } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { loadCaseSettings, type CaseSettings } from '../../applications/caseSettings';
import { storedCase } from '../../applications/storedCase';

/**
 * The case and the settings in force, for the case view's server components: read from the
 * database with the viewer's own access (the form's data may be mid-edit; the log is not).
 */
export const loadCaseView = async (req: PayloadRequest, id: number | string | undefined): Promise<{ current: ApplicationCase; settings: CaseSettings } | null> => {
  if (id === undefined || id === null || id === '') return null;
  const doc = await req.payload.findByID({ collection: collections.applicationCases, id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true, select: { events: true } });
  const current = storedCase(doc);
  if (!current) return null;
  return { current, settings: await loadCaseSettings(req.payload, req) };
};
