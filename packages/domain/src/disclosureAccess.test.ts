import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  attachmentChangeScope,
  attachmentReadScope,
  canCreateDisclosure,
  canUploadAttachment,
  canWriteAttachmentField,
  decideDepartment,
  disclosureDeleteScope,
  disclosureReadScope,
  disclosureUpdateScope,
  disclosureVersionScope,
} from './disclosureAccess';
import { isInScope } from './predicate';
import { isPublicRecord } from './publicRecord';
import { roles, type Role } from './roles';

const actor = (role: Role, departmentId: number | null = 1): Actor => ({ id: 10, role, departmentId, name: role });
const record = (overrides: Record<string, unknown> = {}) => ({ status: 'published', attribute: 'active', audience: 'public', department: 1, ...overrides });

describe('what the public may see', () => {
  it('is exactly the published, actively disclosed, public-audience records', () => {
    expect(isPublicRecord(record())).toBe(true);
    for (const status of ['draft', 'submitted', 'returned']) expect(isPublicRecord(record({ status }))).toBe(false);
    for (const attribute of ['onRequest', 'withheld']) expect(isPublicRecord(record({ attribute }))).toBe(false);
    expect(isPublicRecord(record({ audience: 'campus' }))).toBe(false);
    expect(isPublicRecord(null)).toBe(false);
    expect(isPublicRecord(undefined)).toBe(false);
  });

  it('is the public’s read scope, and the public reads no version history', () => {
    expect(isInScope(disclosureReadScope(null), record())).toBe(true);
    expect(isInScope(disclosureReadScope(null), record({ audience: 'campus' }))).toBe(false);
    expect(disclosureVersionScope(null)).toEqual({ version: false, current: false });
  });
});

describe('who reads which records', () => {
  it('lets reviewers, supervisors and administrators read everything', () => {
    for (const role of ['admin', 'reviewer', 'supervisor'] as const) expect(disclosureReadScope(actor(role))).toBe(true);
  });

  it('lets an editor read their department’s records and others’ published, non-withheld ones', () => {
    const scope = disclosureReadScope(actor('editor', 1));
    expect(isInScope(scope, record({ department: 1, status: 'draft', attribute: 'withheld' }))).toBe(true);
    expect(isInScope(scope, record({ department: 2, status: 'published', audience: 'campus' }))).toBe(true);
    expect(isInScope(scope, record({ department: 2, status: 'published', attribute: 'onRequest' }))).toBe(true);
    expect(isInScope(scope, record({ department: 2, status: 'published', attribute: 'withheld' }))).toBe(false);
    expect(isInScope(scope, record({ department: 2, status: 'submitted' }))).toBe(false);
  });

  it('gives an editor without a department only the others’ published records', () => {
    const scope = disclosureReadScope(actor('editor', null));
    expect(isInScope(scope, record({ department: 1, status: 'draft' }))).toBe(false);
    expect(isInScope(scope, record({ department: 1 }))).toBe(true);
  });

  it('applies the read rule to versions and to their record as it is now', () => {
    const editor = actor('editor', 1);
    expect(disclosureVersionScope(editor)).toEqual({ version: disclosureReadScope(editor), current: disclosureReadScope(editor) });
    expect(disclosureVersionScope(actor('supervisor'))).toEqual({ version: true, current: true });
  });
});

describe('who changes, deletes and creates records', () => {
  it('lets only authors create', () => {
    expect(roles.filter((role) => canCreateDisclosure(actor(role)))).toEqual(['admin', 'reviewer', 'editor']);
    expect(canCreateDisclosure(null)).toBe(false);
  });

  it('lets reviewers and administrators change any record, editors their department’s unpublished ones', () => {
    expect(disclosureUpdateScope(actor('admin'))).toBe(true);
    expect(disclosureUpdateScope(actor('reviewer'))).toBe(true);
    expect(disclosureUpdateScope(actor('supervisor'))).toBe(false);
    expect(disclosureUpdateScope(null)).toBe(false);
    expect(disclosureUpdateScope(actor('editor', null))).toBe(false);
    const scope = disclosureUpdateScope(actor('editor', 1));
    for (const status of ['draft', 'submitted', 'returned']) expect(isInScope(scope, record({ status }))).toBe(true);
    expect(isInScope(scope, record({ status: 'published' }))).toBe(false);
    expect(isInScope(scope, record({ status: 'draft', department: 2 }))).toBe(false);
  });

  it('lets reviewers and administrators delete any record, editors their department’s', () => {
    expect(disclosureDeleteScope(actor('admin'))).toBe(true);
    expect(disclosureDeleteScope(actor('reviewer'))).toBe(true);
    expect(disclosureDeleteScope(actor('supervisor'))).toBe(false);
    expect(disclosureDeleteScope(null)).toBe(false);
    expect(disclosureDeleteScope(actor('editor', null))).toBe(false);
    const scope = disclosureDeleteScope(actor('editor', 1));
    expect(isInScope(scope, record({ department: 1 }))).toBe(true);
    expect(isInScope(scope, record({ department: 2 }))).toBe(false);
  });
});

describe('an editor’s department boundary', () => {
  it('files a new record under the editor’s department when none is given', () => {
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'create', requested: undefined })).toEqual({ department: 1 });
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'create', requested: '' })).toEqual({ department: 1 });
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'create', requested: null })).toEqual({ department: 1 });
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'update', requested: null })).toEqual({ department: null });
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'update', requested: undefined })).toEqual({ department: undefined });
  });

  it('refuses another department, and an editor without one', () => {
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'create', requested: 2 })).toEqual({ refusal: { key: 'editorOwnDepartmentOnly', path: 'department' } });
    expect(decideDepartment({ actor: actor('editor', 1), operation: 'update', requested: '1' })).toEqual({ department: '1' });
    expect(decideDepartment({ actor: actor('editor', null), operation: 'create', requested: 1 })).toEqual({ refusal: { key: 'editorWithoutDepartment' } });
  });

  it('leaves everyone else’s choice alone', () => {
    expect(decideDepartment({ actor: actor('reviewer', null), operation: 'create', requested: 2 })).toEqual({ department: 2 });
    expect(decideDepartment({ actor: null, operation: 'create', requested: 3 })).toEqual({ department: 3 });
  });
});

describe('attachments', () => {
  const file = (overrides: Record<string, unknown> = {}) => ({ isPublic: false, department: 1, ...overrides });

  it('are public only while flagged so; staff see their department’s files too', () => {
    expect(isInScope(attachmentReadScope(null), file({ isPublic: true }))).toBe(true);
    expect(isInScope(attachmentReadScope(null), file())).toBe(false);
    expect(attachmentReadScope(actor('supervisor'))).toBe(true);
    const editor = attachmentReadScope(actor('editor', 1));
    expect(isInScope(editor, file())).toBe(true);
    expect(isInScope(editor, file({ department: 2 }))).toBe(false);
    expect(isInScope(editor, file({ department: 2, isPublic: true }))).toBe(true);
  });

  it('are uploaded by authors and changed by editors only while theirs and not public', () => {
    expect(roles.filter((role) => canUploadAttachment(actor(role)))).toEqual(['admin', 'reviewer', 'editor']);
    expect(attachmentChangeScope(actor('reviewer'))).toBe(true);
    expect(attachmentChangeScope(actor('supervisor'))).toBe(false);
    expect(attachmentChangeScope(null)).toBe(false);
    expect(attachmentChangeScope(actor('editor', null))).toBe(false);
    const editor = attachmentChangeScope(actor('editor', 1));
    expect(isInScope(editor, file())).toBe(true);
    expect(isInScope(editor, file({ isPublic: true }))).toBe(false);
    expect(isInScope(editor, file({ department: 2 }))).toBe(false);
  });

  it('leave the public flag to the system and the department to reviewers', () => {
    for (const role of roles) expect(canWriteAttachmentField({ actor: actor(role), field: 'isPublic' })).toBe(false);
    expect(roles.filter((role) => canWriteAttachmentField({ actor: actor(role), field: 'department' }))).toEqual(['admin', 'reviewer']);
    expect(canWriteAttachmentField({ actor: null, field: 'department' })).toBe(false);
  });
});
