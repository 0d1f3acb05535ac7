import { describe, expect, it } from 'vitest';
import type { AcademicYearStatisticsQuery } from '../gql/graphql';
import { toCsv } from './csv';
import { statisticsCsvByKey } from './statisticsCsv';

const statistics = {
  academicYear: '2021-2022',
  from: '2021-09-01',
  to: '2022-08-31',
  total: 3,
  byChannel: [{ channel: { key: 'portal', name: '门户网站', nameEn: 'Website' }, count: 3 }],
  byCategory: [{ category: { code: 'teaching', seq: 5, name: '教学质量信息', nameEn: 'Teaching quality' }, count: 3 }],
  byMonth: [
    { month: '2021-09', count: 2 },
    { month: '2022-01', count: 1 },
  ],
  byChecklistItem: [
    { checklistItem: { code: '5.10', seq: 37, text: '=教学成果', textEn: null, category: { code: 'teaching' } }, count: 2, latestPublishedAt: null },
    { checklistItem: { code: '1.1', seq: 1, text: '办学规模', textEn: 'Scale', category: { code: 'basic' } }, count: 0, latestPublishedAt: null },
  ],
  coverage: { coveredCount: 1, totalCount: 2, missing: [] },
} as AcademicYearStatisticsQuery['statistics'];

/** Rows as a spreadsheet reads them (no cell here needs quoting). */
const cells = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));

describe('statistics as CSV', () => {
  it('gives months in ISO form in both languages, with their names beside them', () => {
    expect(statisticsCsvByKey('zh', 'months', statistics)).toEqual({ header: ['月份', '月份名称', '数量'], rows: [['2021-09', '2021年9月', 2], ['2022-01', '2022年1月', 1]] });
    expect(statisticsCsvByKey('en', 'months', statistics)).toEqual({ header: ['Month', 'Month name', 'Count'], rows: [['2021-09', 'September 2021', 2], ['2022-01', 'January 2022', 1]] });
  });

  it('writes item codes so that no spreadsheet reads them as numbers or dates', () => {
    for (const locale of ['zh', 'en'] as const) {
      const table = statisticsCsvByKey(locale, 'items', statistics)!;
      const codes = cells(toCsv(table.header, table.rows)).slice(1).map((row) => row[0]!);
      expect(codes).toEqual(locale === 'zh' ? ['事项 5.10', '事项 1.1'] : ['Item 5.10', 'Item 1.1']);
      for (const code of codes) expect(Number.isNaN(Number(code))).toBe(true);
    }
  });

  it('still neutralises cells a spreadsheet would run as formulas', () => {
    const table = statisticsCsvByKey('zh', 'items', statistics)!;
    expect(toCsv(table.header, table.rows)).toContain("事项 5.10,'=教学成果,2,");
  });

  it('keeps channels and categories as shown on the page', () => {
    expect(statisticsCsvByKey('en', 'channels', statistics)).toEqual({ header: ['Channel', 'Count'], rows: [['Website', 3]] });
    expect(statisticsCsvByKey('zh', 'nope', statistics)).toBeNull();
  });
});
