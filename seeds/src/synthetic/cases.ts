import { loadCaseSettings } from '@xxgk/cms/applications';
import { chinaDate, chinaNoon, collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import type { BulkCase, BulkFeedback } from '../cases/caseRows';
import { loadOffice } from '../cases/office';
import { drawCaseShape, runSyntheticCase } from '../cases/syntheticCase';
import { syntheticFeedback } from '../cases/syntheticFeedback';
import { decisionNote, purposeText, requestText, syntheticApplicant } from '../cases/words';
import { createCaseWriter } from '../lib/caseWriter';
import type { RefId } from '../lib/bulkInsert';
import { createRandom } from '../lib/random';

/** Feedback per application: appraisals, complaints and corrections come in at about this rate. */
export const feedbackPerCase = 0.4;

/**
 * Deterministic synthetic applications (with their applicants) and feedback: the same `seed`
 * and `count` give the same cases — their logs built through the domain's rules, their stored
 * columns derived as the CMS derives them — received between `from` and today. Only the codes
 * (receipt code, submission key) are random, as in the CMS. Written in batches.
 */
export const generateSyntheticCases = async ({
  payload,
  count,
  seed,
  feedbackCount = Math.round(count * feedbackPerCase),
  from = '2016-01-01',
  now = new Date(),
  batchSize = 1000,
  onProgress,
}: {
  payload: Payload;
  count: number;
  seed: number;
  feedbackCount?: number;
  /** The first day cases and feedback may be received on. */
  from?: string;
  now?: Date;
  batchSize?: number;
  onProgress?: (written: number) => void;
}) => {
  if (!Number.isInteger(count) || count < 0 || count > 100_000 || !Number.isInteger(feedbackCount) || feedbackCount < 0 || feedbackCount > 100_000) {
    throw new RangeError(`申请数与反馈数应为 0 至 100000 的整数（收到 ${count}、${feedbackCount}）。/ case and feedback counts must be integers from 0 to 100,000.`);
  }
  const today = chinaDate(now);
  if (from > today) throw new RangeError(`起始日期 ${from} 晚于今天。/ from is after today.`);
  // A stream of its own, so that adding cases never changes the synthetic records of the same seed.
  const random = createRandom(seed ^ 0x0a5e5eed);
  const [office, settings, departments, records] = await Promise.all([
    loadOffice(payload),
    loadCaseSettings(payload),
    payload.find({ collection: collections.departments, limit: 0, pagination: false, depth: 0, select: { code: true } }),
    payload.find({ collection: collections.disclosures, limit: 200, depth: 0, select: { indexNo: true }, overrideAccess: false }),
  ]);
  const departmentIds: RefId[] = departments.docs.map((doc) => doc.id);
  const publicRecordIds: RefId[] = records.docs.map((doc) => doc.id);
  const write = await createCaseWriter({ payload });

  const makeCase = (serial: number): BulkCase => {
    const shape = drawCaseShape(random, { from, today });
    const run = runSyntheticCase({ random, shape, settings, office, today, decisionNote });
    const current = run.current!;
    return {
      current,
      applicantType: shape.applicantType,
      channel: shape.channel,
      applicant: syntheticApplicant(random, shape.applicantType, serial, shape.delivery === 'post'),
      informationRequested: requestText(random, Number(shape.receivedOn.slice(0, 4)) - random.int(0, 1)),
      purpose: purposeText(random),
      form: shape.form,
      delivery: shape.delivery,
      handlerId: office.reviewer.id,
      departmentId: departmentIds.length > 0 && random.chance(0.7) ? random.pick(departmentIds) : null,
      registeredAt: chinaNoon(current.events[0]!.at),
    };
  };

  let cases = 0;
  let feedback = 0;
  while (cases < count || feedback < feedbackCount) {
    const caseRows = Array.from({ length: Math.min(batchSize, count - cases) }, (_, index) => makeCase(cases + index + 1));
    const feedbackRows: BulkFeedback[] = Array.from({ length: Math.min(batchSize, feedbackCount - feedback) }, (_, index) =>
      syntheticFeedback({ random, from, today, serial: feedback + index + 1, handlerId: office.reviewer.id, publicRecordIds }),
    );
    const written = await write({ cases: caseRows, feedback: feedbackRows }, now);
    cases += written.cases;
    feedback += written.feedback;
    onProgress?.(cases);
  }
  return { cases, feedback };
};
