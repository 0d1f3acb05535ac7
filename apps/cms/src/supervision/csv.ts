import type { Language } from '@xxgk/domain';
import type { Supervision } from './index';
import { supervisionLabel } from './labels';
import { supervisionTables } from './tables';

/**
 * A cell as Excel reads it: quoted when it holds a comma, quote or line break; text that a
 * spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
 */
const cell = (value: string | number) => {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const line = (cells: (string | number)[]) => cells.map(cell).join(',');

/**
 * Both tables of the supervision view in one CSV: a title line, the items, an empty line, the
 * departments. UTF-8 with a byte-order mark, so that Excel reads the Chinese correctly; CRLF line ends.
 */
export const supervisionCsv = ({ supervision, language, departmentId }: { supervision: Supervision; language: Language; departmentId: string | null }) => {
  const say = (key: Parameters<typeof supervisionLabel>[1], params?: Record<string, string | number>) => supervisionLabel(language, key, params);
  const { report } = supervision;
  const { items, departments } = supervisionTables({ supervision, language, departmentId });
  const lines = [
    line([`${say('title')} · ${say('period', { from: report.period.from, to: report.period.to, asOf: report.asOf })}`]),
    '',
    line([say('itemsCaption', { count: items.length })]),
    line([say('seq'), say('code'), say('item'), say('responsibleDepartment'), say('cadence'), say('publicInPeriod'), say('lastPublished'), say('nextDue'), say('status')]),
    ...items.map((row) => line([row.seq, row.code, row.text, row.department?.name ?? say('unassigned'), row.cadence, row.publicInPeriod, row.lastPublished, row.nextDue, row.statusLabel])),
    '',
    line([say('departmentsCaption')]),
    line([
      say('department'),
      say('overdueItems'),
      say('publishedCount'),
      say('medianWorkingDays'),
      say('withinDeadline', { days: report.publishWithin }),
      say('waiting'),
      say('longestWait'),
      say('returned'),
      say('withdrawn'),
    ]),
    ...departments.map((row) => line([row.name, row.overdueItems, row.publishedCount, row.median, row.share, row.waiting, row.longestWait, row.returned, row.withdrawn])),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

/** `attachment; filename=…; filename*=UTF-8''…`: an ASCII name for old clients, the Chinese one for the rest. */
export const csvDisposition = ({ supervision, language }: { supervision: Supervision; language: Language }) => {
  const { from, to } = supervision.report.period;
  const name = `${supervisionLabel(language, 'title')}_${from}_${to}.csv`;
  return `attachment; filename="supervision_${from}_${to}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`;
};
