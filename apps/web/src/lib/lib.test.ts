import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { fileKind, formatDate, formatFileSize } from './format';
import { highlight, searchWords, snippet } from './highlight';

describe('dates and files as readers see them', () => {
  it('shows the Beijing calendar date, in Chinese or ISO form', () => {
    expect(formatDate('zh', '2022-08-31T16:30:00Z')).toBe('2022年9月1日');
    expect(formatDate('en', '2022-08-31T16:30:00Z')).toBe('2022-09-01');
  });

  it('names file types and sizes', () => {
    expect(fileKind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('Excel');
    expect(fileKind('image/png')).toBe('PNG');
    expect(formatFileSize(2_560_000)).toBe('2.4 MB');
    expect(formatFileSize(900)).toBe('900 B');
  });
});

describe('search highlighting', () => {
  it('marks every occurrence of every word, longest first', () => {
    expect(highlight('招生章程与招生计划', ['招生', '计划'])).toEqual([
      { text: '招生', isMatch: true },
      { text: '章程与', isMatch: false },
      { text: '招生', isMatch: true },
      { text: '计划', isMatch: true },
    ]);
  });

  it('keeps markup in titles as text', () => {
    const parts = highlight('<b>收费</b>标准', ['收费']);
    expect(parts.map((part) => part.text).join('')).toBe('<b>收费</b>标准');
    expect(parts.find((part) => part.isMatch)?.text).toBe('收费');
  });

  it('splits queries on white space and cuts them at 100 characters like the gateway', () => {
    expect(searchWords('  招生   章程 ')).toEqual(['招生', '章程']);
    expect(searchWords('字'.repeat(2000)).join('')).toHaveLength(100);
  });
});

describe('search snippets', () => {
  it('shows the body around the first match, on one line, marking where it was cut', () => {
    const body = `${'前'.repeat(50)}\n学费标准按自治区物价部门核定执行${'后'.repeat(100)}`;
    const excerpt = snippet(body, ['学费', '物价'], 10);
    expect(excerpt).toBe(`…${'前'.repeat(9)} 学费标准按自治区物价部门核定执行${'后'.repeat(4)}…`);
  });

  it('has nothing to show when no word occurs', () => {
    expect(snippet('招生章程', ['收费'])).toBeNull();
  });
});

describe('CSV downloads', () => {
  it('opens in Excel with Chinese intact and quotes what needs quoting', () => {
    const csv = toCsv(['渠道', '数量'], [['门户网站', 1333], ['含,逗号', 2]]);
    expect(csv.startsWith('\uFEFF渠道,数量\r\n门户网站,1333\r\n"含,逗号",2\r\n')).toBe(true);
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
