import { describe, expect, it } from 'vitest';
import {
  checkCategory,
  checkChannels,
  checkDepartment,
  checkChecklistItem,
  checkChoices,
  checkFormedAt,
  checkIndexNoChange,
  checkIndexNoFormat,
  checkPublishedAt,
  checkReason,
  checkTitle,
  needsReason,
  validateRecord,
  type ReferenceLookup,
} from './disclosureRules';
import { refusalMessage } from './refusal';

const now = new Date('2022-06-01T00:00:00.000Z');
/** Lookups that refuse to be asked about nothing: validateRecord must not look up a missing id. */
const known = <T>(answer: (id: string) => T) => (id: unknown) => {
  if (id === null || id === undefined) throw new Error('looked up a missing id');
  return answer(String(id));
};
const references: ReferenceLookup = {
  categoryName: known((id) => (id === '2' ? '招生考试信息' : id === '3' ? '财务信息' : null)),
  item: known((id) => (id === '21' ? { code: '2.1', text: '招生章程', categoryId: 2 } : null)),
  departmentExists: known((id) => id === '5'),
  channelExists: known((id) => ['1', '2'].includes(id)),
};
const valid = { title: '招生章程', categoryId: 2, checklistItemId: 21, departmentId: 5, channelIds: [1], attribute: 'active', audience: 'public', status: 'draft', validity: 'valid', formedAt: '2022-03-01' };
const keys = (record: Record<string, unknown>) => validateRecord({ record: { ...valid, ...record }, references, now }).map((r) => `${r.path}:${r.key}`);

describe('validateRecord: every rule of a record at once', () => {
  it('accepts a valid record', () => {
    expect(keys({})).toEqual([]);
  });

  it('names each broken rule at its field, in form order', () => {
    expect(keys({ title: ' ', categoryId: null, departmentId: null, formedAt: null })).toEqual([
      'title:titleRequired',
      'category:categoryRequired',
      'department:departmentRequired',
      'formedAt:formedAtRequired',
    ]);
    expect(keys({ categoryId: 9, departmentId: 6, channelIds: [1, 7], checklistItemId: 99 })).toEqual([
      'category:unknownReference',
      'checklistItem:unknownReference',
      'department:unknownReference',
      'channels:unknownReference',
    ]);
    expect(keys({ categoryId: 3 })).toEqual(['checklistItem:itemNotInCategory']);
    expect(keys({ status: 'published' })).toEqual(['publishedAt:publishedNeedsDate']);
    expect(keys({ attribute: 'secret' })).toEqual(['attribute:choiceInvalid']);
    expect(keys({ audience: 'campus' })).toEqual(['reason:reasonRequired']);
    expect(keys({ indexNo: '坏' })).toEqual(['indexNo:indexNoFormat']);
    expect(keys({ checklistItemId: null, channelIds: undefined })).toEqual([]);
    expect(keys({ checklistItemId: undefined })).toEqual([]);
    expect(keys({ categoryId: undefined, checklistItemId: undefined, departmentId: undefined })).toEqual(['category:categoryRequired', 'department:departmentRequired']);
  });

  it('gives each refusal the parameters its message needs', () => {
    const refusals = validateRecord({ record: { ...valid, categoryId: 9, departmentId: 6, channelIds: [7], checklistItemId: 99 }, references, now });
    expect(refusals.map((refusal) => refusalMessage(refusal, 'zh'))).toEqual([
      '所选的清单类别不存在（编号 9），请重新选择。',
      '所选的清单事项不存在（编号 99），请重新选择。',
      '所选的责任部门不存在（编号 6），请重新选择。',
      '所选的公开渠道不存在（编号 7），请重新选择。',
    ]);
    expect(refusals.map((refusal) => refusalMessage(refusal, 'en'))).toEqual([
      'The selected checklist category does not exist (id 9); choose it again.',
      'The selected checklist item does not exist (id 99); choose it again.',
      'The selected department does not exist (id 6); choose it again.',
      'The selected channel does not exist (id 7); choose it again.',
    ]);
  });
});

describe('single rules', () => {
  it('limits titles to 200 characters', () => {
    expect(checkTitle('标'.repeat(200))).toBeNull();
    expect(checkTitle('标'.repeat(201))).toEqual({ key: 'titleTooLong', path: 'title', params: { max: 200, length: 201 } });
    expect(checkTitle(undefined)).toEqual({ key: 'titleRequired', path: 'title' });
  });

  it('names the item and the category when they do not belong together', () => {
    const refusal = checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: 2 }, categoryId: 3, categoryName: '财务信息' });
    expect(refusalMessage(refusal!, 'zh')).toBe('清单事项「2.1 招生章程」不属于类别「财务信息」，请改选该类别下的事项，或更换类别。');
    expect(checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: 2 }, categoryId: '2' })).toBeNull();
    expect(checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: 2 }, categoryId: null })).toBeNull();
    expect(checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: 2 }, categoryId: 3 })?.params?.category).toBe('3');
  });

  it('lists the allowed choices in the reader’s language', () => {
    const refusal = checkChoices({ status: 'done' })!;
    expect(refusalMessage(refusal, 'zh')).toBe('「done」不是可选的值，请从以下选项中选择：草稿、待审核、已退回、已发布。');
    expect(refusalMessage(refusal, 'en')).toBe('"done" is not one of the choices; choose one of: Draft, Submitted for review, Returned, Published.');
    expect(checkChoices({ validity: 'gone' })?.path).toBe('validity');
    expect(checkChoices({ audience: 'world' })?.path).toBe('audience');
    expect(checkChoices({})).toBeNull();
  });

  it('needs a reason to withhold or restrict to campus', () => {
    expect(needsReason({ attribute: 'withheld', audience: 'public' })).toBe(true);
    expect(needsReason({ attribute: 'active', audience: 'campus' })).toBe(true);
    expect(needsReason({ attribute: 'onRequest', audience: 'public' })).toBe(false);
    expect(checkReason({ attribute: 'withheld', audience: 'public', reason: '涉及个人隐私' })).toBeNull();
    expect(checkReason({ attribute: 'withheld', audience: 'public', reason: 7 })).toEqual({ key: 'reasonRequired', path: 'reason' });
  });

  it('needs a category and a department, an empty choice counting as none', () => {
    for (const missing of [null, undefined, '']) {
      expect(checkCategory({ categoryId: missing })).toEqual({ key: 'categoryRequired', path: 'category' });
      expect(checkDepartment({ departmentId: missing })).toEqual({ key: 'departmentRequired', path: 'department' });
      expect(checkChecklistItem({ itemId: missing, item: null, categoryId: 2 })).toBeNull();
    }
    expect(checkCategory({ categoryId: 2 })).toBeNull();
    expect(checkDepartment({ departmentId: 5 })).toBeNull();
    expect(checkCategory({ categoryId: 0 })).toBeNull();
  });

  it('refuses an item filed under no category when the record has one', () => {
    expect(checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: null as never }, categoryId: 3 })?.key).toBe('itemNotInCategory');
    expect(checkChecklistItem({ itemId: 21, item: { code: '2.1', text: '招生章程', categoryId: 2 }, categoryId: undefined })).toBeNull();
  });

  it('refuses a reason of blanks', () => {
    expect(checkReason({ attribute: 'withheld', audience: 'public', reason: '   ' })).toEqual({ key: 'reasonRequired', path: 'reason' });
    expect(checkReason({ attribute: 'active', audience: 'public', reason: null })).toBeNull();
  });

  it('needs the date formed, and reads only real dates', () => {
    for (const missing of [null, undefined, '']) expect(checkFormedAt({ formedAt: missing, now })).toEqual({ key: 'formedAtRequired', path: 'formedAt' });
    expect(checkFormedAt({ formedAt: 20220301, now })).toEqual({ key: 'dateMalformed', path: 'formedAt', params: { value: '20220301' } });
    expect(checkFormedAt({ formedAt: new Date('x'), now })).toMatchObject({ key: 'dateMalformed' });
    // Exactly one day ahead is still today somewhere in China's time zone; a millisecond more is not.
    expect(checkFormedAt({ formedAt: new Date(now.getTime() + 86_400_000), now })).toBeNull();
    expect(checkFormedAt({ formedAt: new Date(now.getTime() + 86_400_001), now })).toMatchObject({ key: 'formedAtInFuture' });
  });

  it('needs a publication date only for a published record', () => {
    for (const missing of [null, undefined, '']) {
      expect(checkPublishedAt({ publishedAt: missing, formedAt: '2022-03-01', status: 'published' })).toEqual({ key: 'publishedNeedsDate', path: 'publishedAt' });
      expect(checkPublishedAt({ publishedAt: missing, formedAt: '2022-03-01', status: 'submitted' })).toBeNull();
    }
    expect(checkPublishedAt({ publishedAt: 20220301, formedAt: '2022-03-01' })).toEqual({ key: 'dateMalformed', path: 'publishedAt', params: { value: '20220301' } });
    expect(checkPublishedAt({ publishedAt: new Date('2022-03-01'), formedAt: new Date('2022-03-02') })).toMatchObject({ key: 'publishedBeforeFormed' });
    expect(checkPublishedAt({ publishedAt: '2022-03-02', formedAt: '' })).toBeNull();
  });

  it('refuses a date formed in the future, allowing a day for time zones', () => {
    expect(checkFormedAt({ formedAt: '2022-06-01T23:00:00.000Z', now })).toBeNull();
    expect(checkFormedAt({ formedAt: '2022-06-02T00:00:01.000Z', now })).toEqual({ key: 'formedAtInFuture', path: 'formedAt', params: { formedAt: '2022-06-02' } });
    expect(checkFormedAt({ formedAt: 'soon', now })).toEqual({ key: 'dateMalformed', path: 'formedAt', params: { value: 'soon' } });
    expect(checkFormedAt({ formedAt: new Date('2022-01-01'), now })).toBeNull();
  });

  it('refuses a publication before the date formed, by calendar day', () => {
    expect(checkPublishedAt({ publishedAt: '2022-03-01T23:00:00Z', formedAt: '2022-03-01T00:00:00Z' })).toBeNull();
    expect(checkPublishedAt({ publishedAt: '2022-02-28', formedAt: '2022-03-01' })).toEqual({
      key: 'publishedBeforeFormed', path: 'publishedAt', params: { publishedAt: '2022-02-28', formedAt: '2022-03-01' },
    });
    expect(checkPublishedAt({ publishedAt: 'x', formedAt: '2022-03-01' })).toMatchObject({ key: 'dateMalformed' });
    expect(checkPublishedAt({ publishedAt: '2022-02-28', formedAt: 'x' })).toBeNull();
    expect(checkPublishedAt({ publishedAt: null, formedAt: null, status: 'draft' })).toBeNull();
  });

  it('lets only administrators give a new record its own index number, which never changes', () => {
    const editor = { id: 3, role: 'editor', departmentId: 1 } as const;
    const admin = { id: 1, role: 'admin', departmentId: null } as const;
    expect(checkIndexNoChange({ actor: editor, operation: 'create', requested: 'OLD-1' })).toEqual({ key: 'indexNoManualAdminOnly', path: 'indexNo' });
    expect(checkIndexNoChange({ actor: admin, operation: 'create', requested: 'OLD-1' })).toBeNull();
    expect(checkIndexNoChange({ actor: null, operation: 'create', requested: 'OLD-1' })).toBeNull();
    expect(checkIndexNoChange({ actor: editor, operation: 'create', requested: null })).toBeNull();
    expect(checkIndexNoChange({ actor: admin, operation: 'update', requested: 'NEW', current: 'OLD' })).toEqual({ key: 'indexNoImmutable', path: 'indexNo', params: { indexNo: 'OLD' } });
    expect(checkIndexNoChange({ actor: admin, operation: 'update', requested: 'OLD', current: 'OLD' })).toBeNull();
    expect(checkIndexNoChange({ actor: admin, operation: 'update', requested: 'NEW', current: null })).toEqual({ key: 'indexNoImmutable', path: 'indexNo', params: { indexNo: '' } });
    expect(checkIndexNoChange({ actor: admin, operation: 'update', requested: null, current: undefined })).toBeNull();
    expect(checkIndexNoChange({ actor: admin, operation: 'update', requested: undefined, current: 'OLD' })).toBeNull();
  });

  it('checks the form of a hand-given index number', () => {
    expect(checkIndexNoFormat('4145013911-02-2022-00001')).toBeNull();
    expect(checkIndexNoFormat('ab')).toMatchObject({ key: 'indexNoFormat' });
    expect(checkIndexNoFormat(12345)).toMatchObject({ key: 'indexNoFormat' });
    expect(checkIndexNoFormat('')).toBeNull();
    expect(checkIndexNoFormat(null)).toBeNull();
    expect(checkIndexNoFormat(undefined)).toBeNull();
    expect(checkIndexNoFormat('a b c')).toEqual({ key: 'indexNoFormat', path: 'indexNo', params: { indexNo: 'a b c' } });
  });

  it('names the first unknown channel', () => {
    expect(checkChannels({ channelIds: [1, 8, 9], exists: (id) => id === 1 })).toEqual({
      key: 'unknownReference',
      path: 'channels',
      params: { field: { zh: '公开渠道', en: 'channel' }, id: 8 },
    });
    expect(checkChannels({ channelIds: [1], exists: (id) => id === 1 })).toBeNull();
  });
});
