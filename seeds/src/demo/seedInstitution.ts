import { collections, globals } from '@xxgk/domain';
import type { Payload } from 'payload';
import { calendar, departments, guide, institution } from '../../demo/institution';
import { richTextFromParagraphs } from '../lib/richText';
import { demoAccounts } from './accounts';
import { demoRecords } from './records';

/** Site settings, departments, accounts and checklist ownership of the demo institution. Returns department ids by code. */
export const seedInstitution = async (payload: Payload) => {
  await payload.updateGlobal({
    slug: globals.siteSettings,
    data: { institution, guide: { ...guide, introduction: richTextFromParagraphs(guide.introduction) as never }, calendar },
  });

  const departmentIds = new Map<string, number>();
  for (const [index, department] of departments.entries()) {
    const doc = await payload.create({
      collection: collections.departments,
      data: { ...department, parent: department.parent ? departmentIds.get(department.parent) : undefined, order: (index + 1) * 10 },
    });
    departmentIds.set(department.code, doc.id);
  }

  const userIds = new Map<string, number>();
  for (const account of demoAccounts) {
    const doc = await payload.create({
      collection: collections.users,
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        role: account.role,
        department: account.departmentCode ? departmentIds.get(account.departmentCode) : undefined,
      },
    });
    userIds.set(account.role === 'editor' ? account.email : account.role, doc.id);
  }

  // Each checklist item is owned by the department that authors its demo record.
  const items = await payload.find({ collection: collections.checklistItems, limit: 0, pagination: false, depth: 0 });
  for (const item of items.docs) {
    const record = demoRecords.find((candidate) => candidate.itemCode === item.code);
    if (!record) continue;
    await payload.update({
      collection: collections.checklistItems,
      id: item.id,
      data: { responsibleDepartment: departmentIds.get(record.departmentCode), cadence: item.code.startsWith('3.') ? 'yearly' : 'realtime' },
    });
  }
  return { departmentIds, reviewerId: userIds.get('reviewer')! };
};
