import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { type Fixture, withFixture } from '../support/fixtures';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';
import { prepareDatabase } from '@xxgk/cms/bootstrap';
import * as bodyTextMigration from '../../apps/cms/src/migrations/20261128_053805_body_text';
import { Types } from 'mongoose';
import { sql, sqlRows } from '../support/sql';

let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const editor = () => ({ user: fixture.users.editor as never, overrideAccess: false });

/** Takes the database back to before full-text search: the record's body text is not stored (SQLite: no such column yet). */
const forgetBodyText = async (id: number | string) => {
  if (payload.db.name === 'mongoose') {
    const { collection } = (payload.db as any).collections.disclosures;
    await collection.updateOne({ _id: new Types.ObjectId(String(id)) }, { $unset: { bodyText: '' } });
    expect((await payload.findByID({ collection: collections.disclosures, id })).bodyText ?? '').toBe('');
  } else {
    await sqlRows(payload, sql`ALTER TABLE disclosures DROP COLUMN body_text`);
    await sqlRows(payload, sql`ALTER TABLE _disclosures_v DROP COLUMN version_body_text`);
  }
};

/** What each store runs to fill it: the SQL migration, or prepareDatabase's backfill on MongoDB. */
const backfill = async () => {
  if (payload.db.name === 'mongoose') await prepareDatabase(payload);
  else await bodyTextMigration.up({ db: (payload.db as any).drizzle, payload, req: {} as never });
};

describe('body as plain text, for full-text search', () => {
  it('follows the body on every save and survives saves that leave the body alone', async () => {
    const record = await payload.create({
      collection: collections.disclosures,
      data: {
        title: '收费公示',
        category: fixture.categoryId,
        checklistItem: fixture.itemId,
        department: fixture.departments.own,
        formedAt: '2022-03-01',
        body: richTextFromParagraphs(['学费标准按物价部门核定执行。', '住宿费另行公示。']),
      } as never,
      ...editor(),
    });
    expect(record.bodyText).toBe('学费标准按物价部门核定执行。\n住宿费另行公示。');

    const retitled = await payload.update({ collection: collections.disclosures, id: record.id, data: { title: '2022年收费公示' }, ...editor() });
    expect(retitled.bodyText).toBe('学费标准按物价部门核定执行。\n住宿费另行公示。');

    const rewritten = await payload.update({ collection: collections.disclosures, id: record.id, data: { body: richTextFromParagraphs(['代收费项目见附件。']) as never }, ...editor() });
    expect(rewritten.bodyText).toBe('代收费项目见附件。');
  });

  it('is filled in for records stored before it existed, when the database is prepared (both stores)', async () => {
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title: '旧条目', category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', body: richTextFromParagraphs(['早先写入的正文。']) } as never,
    });
    await forgetBodyText(record.id);
    await backfill();
    expect((await payload.findByID({ collection: collections.disclosures, id: record.id })).bodyText).toBe('早先写入的正文。');
  });

  it('cannot be set by hand', async () => {
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title: '无正文', category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', bodyText: '伪造的正文' } as never,
      ...editor(),
    });
    expect(record.bodyText).toBe('');
  });
});
