import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { type Fixture, withFixture } from '../support/fixtures';
import { richTextFromParagraphs } from '../../seeds/src/lib/richText';

let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const editor = () => ({ user: fixture.users.editor as never, overrideAccess: false });

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

  it('cannot be set by hand', async () => {
    const record = await payload.create({
      collection: collections.disclosures,
      data: { title: '无正文', category: fixture.categoryId, checklistItem: fixture.itemId, department: fixture.departments.own, formedAt: '2022-03-01', bodyText: '伪造的正文' } as never,
      ...editor(),
    });
    expect(record.bodyText).toBe('');
  });
});
