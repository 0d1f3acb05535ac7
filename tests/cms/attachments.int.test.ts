import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { messageOf, type Fixture, withFixture } from '../support/fixtures';

/**
 * Whether a file is public is the system's decision (a public record links it), and which
 * department a file belongs to is a reviewer's: an editor can change neither, through any API,
 * and is told so.
 */
let payload: Payload;
let fixture: Fixture;
withFixture((loaded) => ({ payload, fixture } = loaded));

const collection = collections.attachments;
const asEditor = () => ({ user: fixture.users.editor as never, overrideAccess: false });
const upload = async (name = '预算表.pdf') => {
  const data = minimalPdf(['budget']);
  return payload.create({ collection, data: { title: name }, file: { data, mimetype: 'application/pdf', name, size: data.length }, ...asEditor() });
};
const refusal = (attempt: Promise<unknown>) => attempt.then(() => null, (error: unknown) => error);

describe('an editor cannot publish a file or move it to another department', () => {
  it('files an editor’s upload under their own department, not public', async () => {
    const file = await upload();
    expect(file.isPublic).toBe(false);
    expect(file.department).toMatchObject({ id: fixture.departments.own });
  });

  it('refuses setting the public flag, with a message, and leaves the file unpublished', async () => {
    const file = await upload();
    const error = await refusal(payload.update({ collection, id: file.id, data: { isPublic: true }, ...asEditor() }));
    expect(messageOf(error)).toContain('附件是否公开由系统');
    expect((await payload.findByID({ collection, id: file.id })).isPublic).toBe(false);
    expect(await payload.findByID({ collection, id: file.id, overrideAccess: false, disableErrors: true })).toBeNull();
  });

  it('refuses the public flag on upload too, and to reviewers: only the system sets it', async () => {
    const data = minimalPdf(['x']);
    const error = await refusal(
      payload.create({ collection, data: { title: 'x', isPublic: true }, file: { data, mimetype: 'application/pdf', name: 'x.pdf', size: data.length }, ...asEditor() }),
    );
    expect(messageOf(error)).toContain('附件是否公开由系统');
    const file = await upload();
    const byReviewer = await refusal(payload.update({ collection, id: file.id, data: { isPublic: true }, user: fixture.users.reviewer as never, overrideAccess: false }));
    expect(messageOf(byReviewer)).toContain('附件是否公开由系统');
  });

  it('refuses moving a file to another department, with a message', async () => {
    const file = await upload();
    const error = await refusal(payload.update({ collection, id: file.id, data: { department: fixture.departments.other }, ...asEditor() }));
    expect(messageOf(error)).toContain('只有审核员或管理员可以更改附件所属的上传部门');
    expect((await payload.findByID({ collection, id: file.id, depth: 0 })).department).toBe(fixture.departments.own);
  });

  it('lets the editor keep the fields unchanged (forms send them back) and change the title', async () => {
    const file = await upload();
    const updated = await payload.update({ collection, id: file.id, data: { title: '新名称', isPublic: false, department: fixture.departments.own }, ...asEditor() });
    expect(updated.title).toBe('新名称');
  });

  it('lets a reviewer move a file to another department', async () => {
    const file = await upload();
    const updated = await payload.update({ collection, id: file.id, data: { department: fixture.departments.other }, user: fixture.users.reviewer as never, overrideAccess: false, depth: 0 });
    expect(updated.department).toBe(fixture.departments.other);
  });

  it('refuses a file name with a NUL byte or a path, with a message, writing nothing', async () => {
    const before = (await payload.count({ collection })).totalDocs;
    for (const name of ['预算\u0000表.pdf', '../预算表.pdf']) {
      const error = await refusal(upload(name));
      expect(messageOf(error)).toContain('包含控制字符或路径符号');
    }
    expect((await payload.count({ collection })).totalDocs).toBe(before);
  });
});
