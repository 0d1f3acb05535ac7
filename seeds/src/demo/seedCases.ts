import { loadCaseSettings } from '@xxgk/cms/applications';
import { chinaDate, chinaNoon, collections, type CaseActor } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { BulkCase } from '../cases/caseRows';
import { startCaseRun } from '../cases/caseRun';
import { loadOffice } from '../cases/office';
import { createCaseWriter } from '../lib/caseWriter';
import { demoCases, demoFeedback, recentDemoCase, type DemoCase } from './caseScripts';

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo institution's applications and feedback (caseScripts.ts), each case taken through its
 * script by the domain's rules on the days written there and stored as the CMS stores cases.
 */
export const seedCases = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }) => {
  const today = chinaDate(now);
  const [office, settings, departments, records] = await Promise.all([
    loadOffice(payload),
    loadCaseSettings(payload),
    payload.find({ collection: collections.departments, limit: 0, pagination: false, depth: 0, select: { code: true } }),
    payload.find({ collection: collections.disclosures, limit: 1, depth: 0, select: { indexNo: true }, overrideAccess: false }),
  ]);
  const actors: Record<DemoCase['steps'][number]['who'], CaseActor> = { reviewer: office.reviewer, admin: office.admin, applicant: 'applicant', system: 'system' };
  const scripts = [...demoCases, recentDemoCase(plusDays(today, -4), plusDays(today, -3))];
  const cases = scripts.map((script): BulkCase => {
    const run = startCaseRun({ settings, today });
    for (const step of script.steps) run.act(step.action, step.on, actors[step.who], step.input);
    const current = run.current!;
    return {
      current,
      applicantType: script.applicantType,
      channel: script.channel,
      applicant: script.applicant,
      informationRequested: script.request,
      purpose: script.purpose ?? null,
      form: script.form,
      delivery: script.delivery,
      handlerId: office.reviewer.id,
      departmentId: departments.docs.find((doc) => doc.code === script.department)?.id ?? null,
      registeredAt: chinaNoon(current.events[0]!.at),
    };
  });
  const feedback = demoFeedback({ yesterday: plusDays(today, -1), recordId: records.docs[0]?.id ?? null, handlerId: office.reviewer.id });
  const write = await createCaseWriter({ payload });
  return write({ cases, feedback }, now);
};
