import { collections, reportSections } from '@xxgk/domain';
import { seedDemo } from '@xxgk/seeds/demo';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublishedReport } from '../../apps/cms/src/reports/published';
import { figureRows } from '../../apps/cms/src/reports/render';
import { startCms, type TestCms } from '../support/payload';
import { recountReportFigures } from '../support/reportRecount';

/**
 * The demo's published 2021–2022 report (Ministry format): produced by the CMS's own functions
 * from the demo data, so its figures are those of the seed college's report — 门户网站 1333,
 * 微信公众号 400, 工作邮箱 2442, no applications, fees, complaints or lawsuits — and equal an
 * independent recount; every section is there, the required ones written.
 */
let cms: TestCms;
let payload: Payload;

beforeAll(async () => {
  cms = await startCms();
  payload = cms.payload;
  await seedDemo({ payload });
}, 300_000);
afterAll(async () => cms?.close());

describe('the demo annual report', () => {
  it('is published, version 1, with every section of the Ministry format and the required ones written', async () => {
    const report = await loadPublishedReport(payload, 'moe', '2021-2022');
    expect(report).not.toBeNull();
    const { snapshot } = report!.current;
    expect(report!.current.version).toBe(1);
    expect(snapshot.publishedAt).not.toBeNull();
    expect(snapshot.institution.name).toBe('广西工程职业学院');
    expect(snapshot.sections.map((section) => section.key)).toEqual(reportSections.moe.map((section) => section.key));
    for (const section of reportSections.moe.filter((entry) => entry.narrative === 'required')) {
      expect(snapshot.sections.find((entry) => entry.key === section.key)!.narrative.length, section.key).toBeGreaterThan(0);
    }
    // Published, so nothing else of the demo is a report in progress.
    expect((await payload.count({ collection: collections.annualReports, overrideAccess: true })).totalDocs).toBe(1);
  });

  it('has the seed college’s channel figures and no applications, fees, complaints or lawsuits', async () => {
    const { snapshot } = (await loadPublishedReport(payload, 'moe', '2021-2022'))!.current;
    const byChannel = Object.fromEntries(snapshot.figures.channels.map((channel) => [channel.name.zh, channel.figure]));
    expect(byChannel['门户网站']).toEqual({ computed: 1333, entered: null, total: 1333 });
    expect(byChannel['微信公众号']).toEqual({ computed: 400, entered: null, total: 400 });
    expect(byChannel['工作邮箱']).toEqual({ computed: 2442, entered: null, total: 2442 });
    const flat = Object.fromEntries(figureRows(snapshot).map((row) => [row.key, row.value]));
    for (const [key, value] of Object.entries(flat)) {
      if (/^(applications|fees|review)\./.test(key) || /^feedback\./.test(key)) expect(value, key).toBe(0);
    }
    expect(flat['applications.total.received']).toBe(0);
    expect(flat['feedback.complaint.received']).toBe(0);
  });

  it('has every figure equal to an independent recount of the demo data', async () => {
    const { snapshot } = (await loadPublishedReport(payload, 'moe', '2021-2022'))!.current;
    const expected = await recountReportFigures(payload, { from: '2021-09-01', to: '2022-08-31' });
    expect(Object.fromEntries(figureRows(snapshot).map((row) => [row.key, row.value]))).toEqual(expected);
    // Items without records are explained (section 8).
    for (const item of snapshot.figures.checklist.filter((entry) => entry.count === 0)) expect(snapshot.itemNotes[item.code], item.code).toBeTruthy();
  });
});
