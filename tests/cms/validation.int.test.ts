import { readdirSync, existsSync } from 'node:fs';
import { collections } from '@xxgk/domain';
import type { Payload } from 'payload';
import { beforeEach, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../seeds/src/lib/pdf';
import { createFixture, createRecord, messageOf, type Fixture } from '../support/fixtures';
import { withCms, type TestCms } from '../support/payload';

/** Bad input is refused with a message that says what to fix, and nothing of it is stored. */
let cms: TestCms;
let payload: Payload;
let fixture: Fixture;
withCms({
  uploadMaxMb: 1,
  setup: async (started) => {
    cms = started;
    payload = cms.payload;
    fixture = await createFixture(payload);
  },
});

const counts = async () => ({
  disclosures: (await payload.count({ collection: collections.disclosures })).totalDocs,
  versions: (await payload.countVersions({ collection: collections.disclosures })).totalDocs,
  attachments: (await payload.count({ collection: collections.attachments })).totalDocs,
});
let before: Awaited<ReturnType<typeof counts>>;
beforeEach(async () => {
  before = await counts();
});

const asEditor = () => ({ user: fixture.users.editor as never, overrideAccess: false });
const validRecord = () => ({
  title: '关于公布2022年收费标准的公告',
  category: fixture.categoryId,
  checklistItem: fixture.itemId,
  department: fixture.departments.own,
  formedAt: '2022-03-01',
});

const refusedWith = async (attempt: Promise<unknown>, text: string) => {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the input should have been refused').not.toBeNull();
  expect(messageOf(error)).toContain(text);
  expect(await counts()).toEqual(before);
};

describe('refused disclosure input', () => {
  const create = (data: Record<string, unknown>) => payload.create({ collection: collections.disclosures, data: data as never, ...asEditor() });

  it('a record without a checklist category', async () => {
    const { category: _omitted, checklistItem: _item, ...data } = validRecord();
    await refusedWith(create(data), '请选择清单类别');
  });

  it('a checklist item that belongs to another category', async () => {
    await refusedWith(create({ ...validRecord(), checklistItem: fixture.foreignItemId }), '不属于类别「招生考试信息」');
  });

  it('a checklist item that does not exist', async () => {
    await refusedWith(create({ ...validRecord(), checklistItem: 999_999 }), '不存在');
  });

  it('a withheld record without a reason', async () => {
    await refusedWith(create({ ...validRecord(), attribute: 'withheld' }), '必须填写理由');
  });

  it('a campus-only record with a blank reason', async () => {
    await refusedWith(create({ ...validRecord(), audience: 'campus', reason: '   ' }), '必须填写理由');
  });

  it('malformed dates', async () => {
    await refusedWith(create({ ...validRecord(), formedAt: 'not-a-date' }), '不是有效日期');
    await refusedWith(create({ ...validRecord(), formedAt: '2022-13-45' }), '不是有效日期');
  });

  it('a date formed in the future', async () => {
    await refusedWith(create({ ...validRecord(), formedAt: new Date(Date.now() + 10 * 86_400_000).toISOString() }), '不能晚于今天');
  });

  it('a publication date before the date formed', async () => {
    const asAdmin = { user: fixture.users.admin as never, overrideAccess: false };
    await refusedWith(
      payload.create({ collection: collections.disclosures, data: { ...validRecord(), publishedAt: '2022-02-01' } as never, ...asAdmin }),
      '不能早于生成日期',
    );
  });

  it('a department editor filing under another department', async () => {
    await refusedWith(create({ ...validRecord(), department: fixture.departments.other }), '只能录入或修改本部门（招生就业处）');
  });

  it('a duplicate 索引号', async () => {
    const existing = await createRecord({ payload, fixture, department: fixture.departments.own });
    before = await counts();
    const asAdmin = { user: fixture.users.admin as never, overrideAccess: false };
    await refusedWith(
      payload.create({ collection: collections.disclosures, data: { ...validRecord(), indexNo: existing.indexNo } as never, ...asAdmin }),
      `索引号「${existing.indexNo}」已被其他条目使用`,
    );
  });

  it('a malformed 索引号', async () => {
    const asAdmin = { user: fixture.users.admin as never, overrideAccess: false };
    await refusedWith(payload.create({ collection: collections.disclosures, data: { ...validRecord(), indexNo: '索引 1' } as never, ...asAdmin }), '格式不正确');
  });

  it('a change to an assigned 索引号', async () => {
    const existing = await createRecord({ payload, fixture, department: fixture.departments.own });
    before = await counts();
    await refusedWith(
      payload.update({ collection: collections.disclosures, id: existing.id, data: { indexNo: 'XXGK-99-2022-00001' }, ...asEditor() }),
      '索引号一经分配不能修改',
    );
  });

  it('answers in English when the request is in English', async () => {
    const { category: _omitted, checklistItem: _item, ...data } = validRecord();
    const { createLocalReq } = await import('payload');
    const req = await createLocalReq({ user: fixture.users.editor as never }, payload);
    req.i18n = { ...req.i18n, language: 'en' } as never;
    const error = await payload.create({ collection: collections.disclosures, data: data as never, req, overrideAccess: false }).catch((e) => e);
    expect(messageOf(error)).toContain('Choose a checklist category');
  });
});

describe('refused attachments', () => {
  const upload = (name: string, mimetype: string, data: Buffer) =>
    payload.create({ collection: collections.attachments, data: {}, file: { name, mimetype, data, size: data.length }, ...asEditor() });
  const storedFiles = () => (existsSync(cms.uploadDir) ? readdirSync(cms.uploadDir).length : 0);

  it('accepts a PDF, filed under the uploader’s department and not yet public', async () => {
    const doc = await upload('招生章程.pdf', 'application/pdf', minimalPdf(['ok']));
    expect(doc).toMatchObject({ mimeType: 'application/pdf', isPublic: false });
    expect(doc.department).toMatchObject({ id: fixture.departments.own });
  });

  it('an executable', async () => {
    const files = storedFiles();
    await refusedWith(upload('setup.exe', 'application/x-msdownload', Buffer.from('MZ\x90\x00')), '不支持的附件类型');
    expect(storedFiles()).toBe(files);
  });

  it('an HTML page disguised as a PDF', async () => {
    const files = storedFiles();
    await refusedWith(upload('notice.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script></html>')), '内容与扩展名不符');
    expect(storedFiles()).toBe(files);
  });

  it('a file over the size limit', async () => {
    const files = storedFiles();
    const big = Buffer.concat([minimalPdf(['big']), Buffer.alloc(1.5 * 1024 * 1024, 32)]);
    await refusedWith(upload('预算表.pdf', 'application/pdf', big), '超过上限 1 MB');
    expect(storedFiles()).toBe(files);
  });
});

describe('refused reference-data changes', () => {
  it('a changed checklist code', async () => {
    const [item] = (await payload.find({ collection: collections.checklistItems, where: { code: { equals: '1.1' } } })).docs;
    const error = await payload
      .update({ collection: collections.checklistItems, id: item!.id, data: { code: '1.9' }, user: fixture.users.admin as never, overrideAccess: false })
      .catch((e) => e);
    expect(messageOf(error)).toContain('编码「1.1」是稳定标识');
  });

  it('a third level of departments', async () => {
    const child = await payload.create({ collection: collections.departments, data: { name: '招生科', code: 'admissions-office', kind: 'office', parent: fixture.departments.own } });
    const error = await payload.create({ collection: collections.departments, data: { name: '咨询组', code: 'admissions-desk', kind: 'office', parent: child.id } }).catch((e) => e);
    expect(messageOf(error)).toContain('部门最多两级');
  });

  // Each database words a unique-index violation its own way (SQLite names the column, MongoDB
  // the index, DocumentDB neither); the answer must name the field, at the field, either way.
  // `attempt` starts only after the count: a promise that rejects while nothing awaits it yet is an unhandled rejection.
  const refusedAsTaken = async (attempt: () => Promise<unknown>, collection: 'departments' | 'channels' | 'users', path: string, text: string) => {
    const before = (await payload.count({ collection, where: { id: { exists: true } } })).totalDocs;
    const error = (await attempt().then(
      () => null,
      (e: unknown) => e,
    )) as { data?: { errors?: { path: string; message: string }[] } } | null;
    expect(error, 'the duplicate should have been refused').not.toBeNull();
    expect(error!.data?.errors).toEqual([expect.objectContaining({ path, message: expect.stringContaining(text) })]);
    expect((await payload.count({ collection, where: { id: { exists: true } } })).totalDocs).toBe(before);
  };

  it('a department code already in use', async () => {
    await refusedAsTaken(() => payload.create({ collection: collections.departments, data: { name: '另一个招生办', code: 'admissions', kind: 'office' } }), 'departments', 'code', '部门编码「admissions」已被使用');
  });

  it('a channel key already in use, in English when asked in English', async () => {
    const [channel] = (await payload.find({ collection: collections.channels, limit: 1 })).docs;
    const { createLocalReq } = await import('payload');
    const req = await createLocalReq({}, payload);
    req.i18n = { ...req.i18n, language: 'en' } as never;
    await refusedAsTaken(
      () => payload.create({ collection: collections.channels, data: { name: '重复渠道', key: channel!.key }, req }),
      'channels',
      'key',
      `Channel key "${channel!.key}" is already in use`,
    );
  });

  it('an e-mail address another account has', async () => {
    await refusedAsTaken(
      () => payload.create({ collection: collections.users, data: { email: 'editor@test.cn', password: 'Test#12345', name: '重复', role: 'editor', department: fixture.departments.own } }),
      'users',
      'email',
      '电子邮件',
    );
  });

  it('a holiday that ends before it starts', async () => {
    const error = await payload
      .updateGlobal({
        slug: 'site-settings',
        data: { calendar: [{ year: 2022, holidays: [{ name: '国庆节', start: '2022-10-07', end: '2022-10-01' }], makeupWorkdays: [] }] },
      })
      .catch((e) => e);
    expect(messageOf(error)).toContain('结束日期早于开始日期');
  });
});
