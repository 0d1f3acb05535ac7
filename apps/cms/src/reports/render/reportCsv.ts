import {
  allApplicantsLabel,
  applicantTypeLabels,
  applicantTypes,
  decisionCodes,
  decisionLabels,
  decisionRowOf,
  feedbackKindLabels,
  feedbackStatusLabels,
  flattenFigures,
  moeOutcomeLabels,
  reviewBodyLabels,
  reviewResultLabels,
  type CountedFigure,
  type FeedbackKind,
  type FeedbackStatus,
  type MoeOutcome,
  type ReportSnapshot,
  type ReviewBody,
  type ReviewResult,
} from '@xxgk/domain';

/**
 * Where a figure comes from: the platform's records (computed), the office (entered, 填报), or
 * both added together.
 */
export type FigureSource = 'computed' | 'entered' | 'computed+entered';
export type FigureRow = { key: string; label: string; value: number; source: FigureSource };

const sourceOf = (figure: CountedFigure): FigureSource => (figure.entered === null ? 'computed' : figure.computed === 0 ? 'entered' : 'computed+entered');

/**
 * Every figure of a report as a row: the key of @xxgk/domain's `flattenFigures` (the same keys,
 * in the same order, with the same values), its Chinese label and its source. Fees are in fen.
 */
export const figureRows = (snapshot: ReportSnapshot): FigureRow[] => {
  const { figures } = snapshot;
  const flat = flattenFigures(figures);
  const enteredCells = figures.enteredApplicationCells.map((key) => {
    const type = applicantTypes.find((candidate) => key.startsWith(`${candidate}.`));
    return { type, row: type ? key.slice(type.length + 1) : key };
  });
  const channel = new Map(figures.channels.map((entry) => [`channels.${entry.key}`, entry]));
  const category = new Map(figures.categories.map((entry) => [`categories.${entry.code}`, entry]));
  const item = new Map(figures.checklist.map((entry) => [`checklist.${entry.code}`, entry]));
  const rowLabels: Record<string, string> = {
    received: '本期新收申请',
    carriedOver: '上期结转',
    carriedIntoNext: '结转下期',
    resultsTotal: '办结总计',
    ...Object.fromEntries(decisionCodes.map((code) => [code, `${decisionRowOf(code)} ${decisionLabels[code].zh}`])),
  };

  const describe = (key: string): { label: string; source: FigureSource } => {
    const [head, ...rest] = key.split('.');
    const tail = rest.join('.');
    if (head === 'channels') {
      if (tail === 'total') return { label: '主动公开·各渠道合计', source: sourceOf(figures.channelTotal) };
      const entry = channel.get(key)!;
      return { label: `主动公开·${entry.name.zh}`, source: sourceOf(entry.figure) };
    }
    if (head === 'categories') {
      const entry = category.get(key)!;
      return { label: `主动公开·${entry.code} ${entry.name.zh}`, source: 'computed' };
    }
    if (head === 'checklist') {
      const entry = item.get(key)!;
      return { label: `清单事项 ${entry.code} ${entry.text.zh}`, source: 'computed' };
    }
    if (head === 'fees') {
      const which = tail as 'charged' | 'waived';
      return { label: which === 'charged' ? '收取信息处理费（分）' : '减免信息处理费（分）', source: sourceOf(figures.fees[which]) };
    }
    if (head === 'review') {
      const [body, result] = rest as [ReviewBody, ReviewResult | 'total'];
      return { label: `${reviewBodyLabels[body].zh}·${result === 'total' ? '总计' : reviewResultLabels[result].zh}`, source: 'entered' };
    }
    if (head === 'feedback') {
      const [kind, ...what] = rest as [FeedbackKind, ...string[]];
      const label = what[0] === 'received' ? '收到' : feedbackStatusLabels[what[1] as FeedbackStatus].zh;
      return { label: `${feedbackKindLabels[kind].zh}·${label}`, source: 'computed' };
    }
    // applications.*
    if (tail === 'repliedOnTime') return { label: '依申请公开·在答复期限内答复', source: 'computed' };
    if (tail === 'repliedLate') return { label: '依申请公开·超过答复期限答复', source: 'computed' };
    if (tail === 'extended') return { label: '依申请公开·延长答复期限', source: 'computed' };
    if (tail.startsWith('moe.')) {
      const outcome = tail.slice(4) as MoeOutcome;
      return { label: `依申请公开·办结：${moeOutcomeLabels[outcome].zh}`, source: enteredCells.length > 0 ? 'computed+entered' : 'computed' };
    }
    const type = [...applicantTypes, 'total' as const].find((candidate) => tail.startsWith(`${candidate}.`))!;
    const row = tail.slice(type.length + 1);
    const column = type === 'total' ? allApplicantsLabel.zh : applicantTypeLabels[type].zh;
    const feeds = enteredCells.some((cell) => (type === 'total' || cell.type === type) && (cell.row === row || (row === 'resultsTotal' && (decisionCodes as readonly string[]).includes(cell.row))));
    return { label: `依申请公开·${column}·${rowLabels[row] ?? row}`, source: feeds ? 'computed+entered' : 'computed' };
  };

  return Object.entries(flat).map(([key, value]) => ({ key, value, ...describe(key) }));
};

/** A cell as spreadsheets read it safely (RFC 4180; a leading =, +, - or @ would run as a formula). */
const cell = (value: string | number) => {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The figures as CSV: key, label (zh), value, source; UTF-8 with BOM and CRLF so Excel opens it in Chinese. */
export const reportCsv = (snapshot: ReportSnapshot): string =>
  `\uFEFF${[['key', 'label', 'value', 'source'], ...figureRows(snapshot).map((row) => [row.key, row.label, row.value, row.source])].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;

/**
 * The report as JSON: the published snapshot as stored (sections with their written text, the
 * structured figures with computed and entered parts apart), and the flat figures with their
 * sources, as in the CSV.
 */
export const reportJson = (snapshot: ReportSnapshot): string => JSON.stringify({ ...snapshot, flatFigures: figureRows(snapshot) }, null, 2);
