import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { demoAccounts } from './accounts';
import { seedAnnualReport } from './seedAnnualReport';
import { seedCases } from './seedCases';
import { seedInstitution } from './seedInstitution';
import { seedPublications } from './seedPublications';
import { seedRecords } from './seedRecords';

export type SeedResult = { isSkipped: boolean; handWritten: number; generated: number; applications: number };

/**
 * Loads the demo institution into an empty database (one with no users and no records);
 * a database that has either is left untouched, so `npm start` never overwrites real work.
 */
export const seedDemo = async ({ payload }: { payload: Payload }): Promise<SeedResult> => {
  const [users, disclosures] = await Promise.all([
    payload.count({ collection: collections.users }),
    payload.count({ collection: collections.disclosures }),
  ]);
  if (users.totalDocs > 0 || disclosures.totalDocs > 0) return { isSkipped: true, handWritten: 0, generated: 0, applications: 0 };

  const { departmentIds, reviewerId } = await seedInstitution(payload);
  const reviewerName = demoAccounts.find((account) => account.role === 'reviewer')!.name;
  const handWritten = await seedRecords({ payload, refs: { departmentIds, reviewerId, reviewerName } });
  const generated = await seedPublications({ payload, reviewerId, reviewerName });
  const { cases: applications } = await seedCases({ payload });
  // Last: its figures are computed from everything above (the 2021-2022 report, published).
  await seedAnnualReport({ payload, reviewerId });
  return { isSkipped: false, handWritten, generated, applications };
};
