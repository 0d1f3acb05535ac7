import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { adminOrSelf } from '../../apps/cms/src/access/adminOrSelf';
import { canReadAttachments, canWriteAttachmentDepartment, canWriteAttachmentPublic } from '../../apps/cms/src/access/attachmentAccess';
import { canReadDisclosures, canReadDisclosureVersions } from '../../apps/cms/src/access/disclosureAccess';
import { isAdmin, isAdminField } from '../../apps/cms/src/access/isAdmin';
import { nobody, nobodyField } from '../../apps/cms/src/access/nobody';
import { isPublicReaderAllowed } from '../../apps/cms/src/access/publicApi';
import { bothScopes, toAccess, toWhere } from '../../apps/cms/src/access/toWhere';

/**
 * The CMS's access functions on their own. Several of them guard what a hook also guards (the
 * anonymous API refusal, system-only fields): the integration tests cannot tell the two layers
 * apart, so each layer is checked here by itself.
 */
type Args = Parameters<typeof canReadAttachments>[0];
const request = ({ role, payloadAPI = 'REST', id = 7, department = 3 }: { role?: string; payloadAPI?: string; id?: number; department?: number }) =>
  ({ user: role ? { id, role, department, name: role } : null, payloadAPI }) as unknown as PayloadRequest;
const args = (req: PayloadRequest, extra: Partial<Args> = {}) => ({ req, ...extra }) as Args;

describe('the public reader', () => {
  it('is allowed only in-process (the gateway) and for file downloads', () => {
    expect(isPublicReaderAllowed({ req: request({ payloadAPI: 'local' }) })).toBe(true);
    expect(isPublicReaderAllowed({ req: request({ payloadAPI: 'REST' }) })).toBe(false);
    expect(isPublicReaderAllowed({ req: request({ payloadAPI: 'GraphQL' }) })).toBe(false);
    expect(isPublicReaderAllowed({ req: request({ payloadAPI: 'REST' }), isReadingStaticFile: true })).toBe(true);
  });

  it('reads no records or files over REST and GraphQL, the public ones in-process and as file downloads', () => {
    const publicFiles = { isPublic: { equals: true } };
    expect(canReadDisclosures(args(request({ payloadAPI: 'REST' })))).toBe(false);
    expect(canReadDisclosures(args(request({ payloadAPI: 'GraphQL' })))).toBe(false);
    expect(canReadDisclosures(args(request({ payloadAPI: 'local' })))).toEqual({
      and: [{ status: { equals: 'published' } }, { attribute: { equals: 'active' } }, { audience: { equals: 'public' } }],
    });
    expect(canReadAttachments(args(request({ payloadAPI: 'REST' })))).toBe(false);
    expect(canReadAttachments(args(request({ payloadAPI: 'REST' }), { isReadingStaticFile: true }))).toEqual(publicFiles);
    expect(canReadAttachments(args(request({ payloadAPI: 'local' })))).toEqual(publicFiles);
  });

  it('lets signed-in staff read through REST by their own scope', () => {
    expect(canReadDisclosures(args(request({ role: 'supervisor' })))).toBe(true);
    expect(canReadAttachments(args(request({ role: 'editor' })))).toEqual({ or: [{ department: { equals: 3 } }, { isPublic: { equals: true } }] });
  });
});

describe('version history', () => {
  it('applies the read rule to the version and to its record as it is now', () => {
    const editor = canReadDisclosureVersions(args(request({ role: 'editor' })));
    const scope = (prefix: string) => ({
      or: [{ [`${prefix}department`]: { equals: 3 } }, { and: [{ [`${prefix}status`]: { equals: 'published' } }, { [`${prefix}attribute`]: { not_equals: 'withheld' } }] }],
    });
    expect(editor).toEqual({ and: [scope('version.'), scope('parent.')] });
    expect(canReadDisclosureVersions(args(request({ role: 'reviewer' })))).toBe(true);
    expect(canReadDisclosureVersions(args(request({ payloadAPI: 'local' })))).toBe(false);
  });
});

describe('translating scopes', () => {
  it('writes each kind of condition as Payload expects it, with a path prefix', () => {
    expect(toWhere({ field: 'status', in: ['draft', 'returned'] }, 'version.')).toEqual({ 'version.status': { in: ['draft', 'returned'] } });
    expect(toWhere({ field: 'a', equals: 1 })).toEqual({ a: { equals: 1 } });
    expect(toWhere({ field: 'a', notEquals: 1 })).toEqual({ a: { not_equals: 1 } });
    expect(toWhere({ or: [{ field: 'a', equals: 1 }] }, 'p.')).toEqual({ or: [{ 'p.a': { equals: 1 } }] });
    expect(toAccess(true)).toBe(true);
    expect(toAccess(false)).toBe(false);
  });

  it('combines two scopes, simplifying everything and nothing', () => {
    const where = { a: { equals: 1 } };
    const other = { b: { equals: 2 } };
    expect(bothScopes(false, true)).toBe(false);
    expect(bothScopes(true, false)).toBe(false);
    expect(bothScopes(false, where)).toBe(false);
    expect(bothScopes(where, false)).toBe(false);
    expect(bothScopes(true, true)).toBe(true);
    expect(bothScopes(true, where)).toBe(where);
    expect(bothScopes(where, true)).toBe(where);
    expect(bothScopes(where, other)).toEqual({ and: [where, other] });
  });
});

describe('accounts and system-only fields', () => {
  it('lets administrators manage all accounts and everyone else only their own', () => {
    expect(adminOrSelf(args(request({ role: 'admin' })))).toBe(true);
    expect(adminOrSelf(args(request({ role: 'editor', id: 9 })))).toEqual({ id: { equals: 9 } });
    expect(adminOrSelf(args(request({})))).toBe(false);
    expect(isAdmin(args(request({ role: 'admin' })))).toBe(true);
    expect(isAdmin(args(request({ role: 'reviewer' })))).toBe(false);
    expect(isAdmin(args(request({})))).toBe(false);
    expect(isAdminField(args(request({})) as never)).toBe(false);
    expect(isAdminField(args(request({ role: 'admin' })) as never)).toBe(true);
  });

  it('gives nobody the system’s own fields and operations', () => {
    expect(nobody(args(request({ role: 'admin' })))).toBe(false);
    expect(nobodyField(args(request({ role: 'admin' })) as never)).toBe(false);
    expect(canWriteAttachmentPublic(args(request({ role: 'admin' })) as never)).toBe(false);
    expect(canWriteAttachmentDepartment(args(request({ role: 'reviewer' })) as never)).toBe(true);
    expect(canWriteAttachmentDepartment(args(request({ role: 'editor' })) as never)).toBe(false);
  });
});
