import { chinaDate, collections, correctionDueOn } from '@xxgk/domain';
import { createLocalReq, type Payload } from 'payload';
import { loadCaseSettings } from './caseSettings';
import { storedCase } from './storedCase';
import { takeCaseAction } from './takeCaseAction';

/**
 * Closes the applications whose correction window has passed without an amendment (逾期未补正，
 * 视为撤回): the system takes the domain's `lapse` action on each case waiting for a correction
 * after its last day (correctionDueOn), so the log says who closed it and why, and the case is
 * counted in 其他处理 · 逾期不补正. Run by the `closeLapsedApplications` job; tests call it with
 * their own `now`. Returns how many cases it closed.
 */
export const runLapse = async (payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<{ lapsed: number }> => {
  const today = chinaDate(now);
  const { calendar } = await loadCaseSettings(payload);
  const { docs } = await payload.find({
    collection: collections.applicationCases,
    where: { status: { equals: 'correctionRequested' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { events: true },
  });
  let lapsed = 0;
  for (const doc of docs) {
    const current = storedCase(doc);
    const lastDay = current && correctionDueOn({ current, calendar });
    if (!lastDay || today <= lastDay) continue;
    try {
      // A request without a user: the actor is the system.
      await takeCaseAction({ payload, req: await createLocalReq({}, payload), id: doc.id, action: 'lapse', today });
      lapsed += 1;
    } catch (error) {
      // The applicant amended meanwhile, or another instance closed it first: nothing to do.
      payload.logger.info({ msg: `Application ${doc.id} not closed as lapsed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { lapsed };
};
