import { globals } from '@xxgk/domain';
import { schema } from '@xxgk/gateway/schema';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../support/gateway';
import { startCms, type TestCms } from '../support/payload';

/**
 * The public `applicationSettings`: the institution's rules for applications as set in the CMS
 * (reply limit, extension, correction and consultation limits, identity document, retention of
 * personal data), nothing else of the settings, cached and retired as soon as an administrator
 * changes them.
 */
let cms: TestCms;
let gateway: TestGateway;

beforeAll(async () => {
  cms = await startCms();
  gateway = await startGateway({ payload: cms.payload });
});
afterAll(async () => {
  gateway?.close();
  await cms?.close();
});

const fields = ['replyWithin', 'extensionDays', 'correctionWithin', 'consultationLimit', 'idDocumentRequired', 'retentionYears'];
const document = `{ applicationSettings { ${fields.join(' ')} } }`;
const get = (etag?: string) => gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(document)}`, { method: 'GET', headers: etag ? { 'if-none-match': etag } : {} });

/** Polls until `check` holds; fails after `limitMs`. */
const within = async (limitMs: number, check: () => Promise<boolean>) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`not reflected within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('applicationSettings', () => {
  it('answers the statutory defaults before the institution sets anything', async () => {
    const { body } = await gateway.query(document);
    expect(body.errors).toBeUndefined();
    expect(body.data.applicationSettings).toEqual({ replyWithin: 15, extensionDays: 15, correctionWithin: 15, consultationLimit: 15, idDocumentRequired: false, retentionYears: 5 });
  });

  it('serves the cached answer until an administrator changes a setting, then the new one', async () => {
    const first = await get();
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get(etag)).status, 'cached and unchanged').toBe(304);
    await cms.payload.updateGlobal({
      slug: globals.siteSettings,
      data: {
        deadlines: { publishWithin: 20, replyWithin: 20, extension: 10 },
        applications: { correctionWithin: 12, consultationLimit: 8, dueSoonDays: 4, idDocumentRequired: true, retentionYears: 3 },
      } as never,
      overrideAccess: true,
    });
    await within(2_000, async () => (await get(etag)).status === 200);
    const { data } = (await (await get()).json()) as { data: { applicationSettings: Record<string, unknown> } };
    expect(data.applicationSettings).toEqual({ replyWithin: 20, extensionDays: 10, correctionWithin: 12, consultationLimit: 8, idDocumentRequired: true, retentionYears: 3 });
  });

  it('exposes the citizen’s figures and nothing internal of the settings', async () => {
    const type = schema.getType('ApplicationSettings');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual([...fields].sort());
    // The office's reminder threshold, the calendar and the rest of the site settings are not reachable.
    for (const internal of ['dueSoonDays', 'calendar', 'publishWithin', 'reviewWaitingDays']) {
      const { body } = await gateway.query(`{ applicationSettings { ${internal} } }`);
      expect(body.data, internal).toBeUndefined();
      expect(body.errors?.[0]?.message, internal).toMatch(/Cannot query field/);
    }
  });
});
