import {
  allApplicantsLabel,
  applicantTypeLabels,
  applicantTypes,
  appraisalRatingLabels,
  appraisalRatings,
  decisionCodes,
  decisionGroupLabels,
  decisionGroups,
  decisionGroupOf,
  decisionLabels,
  decisionRowOf,
  feedbackKindLabels,
  feedbackKinds,
  feedbackStatusLabels,
  feedbackStatuses,
  fenToYuan,
  isDecisionCode,
  moeOutcomeLabels,
  moeOutcomes,
  reportSections,
  reviewBodies,
  reviewBodyLabels,
  reviewResultLabels,
  reviewResults,
  unratedAppraisalLabel,
  type CountedFigure,
  type FigureBlock,
  type Labelled,
  type ReportSnapshot,
} from '@xxgk/domain';

/**
 * The figures of a report as tables, in both languages: the one layout the PDF, the DOCX, the
 * gateway and the site show, so the four never disagree on what a row means. Every cell is text
 * (numbers written out); entered figures (填报) are kept in their own column, or marked with * and
 * explained in a note, never folded in silently.
 */
export type ReportTableRow = { cells: Labelled[]; isTotal?: boolean };
export type ReportTable = { block: FigureBlock; caption: Labelled; header: Labelled[]; rows: ReportTableRow[]; notes: Labelled[]; widths?: number[] };

const same = (text: string): Labelled => ({ zh: text, en: text });
const num = (value: number) => same(String(value));
const dash = same('—');
const l = (zh: string, en: string): Labelled => ({ zh, en });

const countedHeader = [l('系统统计', 'Computed'), l('填报', 'Entered'), l('合计', 'Total')];
const countedCells = (figure: CountedFigure, show: (value: number) => Labelled = num) => [show(figure.computed), figure.entered === null ? dash : show(figure.entered), show(figure.total)];
const enteredNote = l('“填报”为平台之外的数字，由信息公开办公室填写，与系统统计分列。', '"Entered" figures are held outside the platform and typed in by the disclosure office; they are shown apart from the computed ones.');

const channels = (snapshot: ReportSnapshot): ReportTable => {
  const { figures } = snapshot;
  const anyEntered = figures.channelTotal.entered !== null;
  return {
    block: 'channels',
    caption: l('主动公开信息数量（按发布渠道）', 'Information disclosed proactively, by channel'),
    header: [l('发布渠道', 'Channel'), ...countedHeader],
    rows: [
      ...figures.channels.map((channel) => ({ cells: [channel.name, ...countedCells(channel.figure)] })),
      { cells: [l('合计', 'Total'), ...countedCells(figures.channelTotal)], isTotal: true },
    ],
    notes: [l('一条信息在多个渠道发布的，每个渠道各计一次。', 'A record published on several channels counts once on each.'), ...(anyEntered ? [enteredNote] : [])],
    widths: [3, 1, 1, 1],
  };
};

const categories = (snapshot: ReportSnapshot): ReportTable => ({
  block: 'categories',
  caption: l('主动公开信息数量（按《清单》类别）', 'Information disclosed proactively, by checklist category'),
  header: [l('类别', 'Category'), l('公开信息数', 'Records')],
  rows: [
    ...snapshot.figures.categories.map((category) => ({ cells: [{ zh: `${category.code} ${category.name.zh}`, en: `${category.code} ${category.name.en}` }, num(category.count)] })),
    { cells: [l('合计', 'Total'), num(snapshot.figures.categories.reduce((sum, category) => sum + category.count, 0))], isTotal: true },
  ],
  notes: [],
  widths: [4, 1],
});

const enteredCellsNote = (snapshot: ReportSnapshot): Labelled[] =>
  snapshot.figures.enteredApplicationCells.length > 0
    ? [l('标 * 的数字含信息公开办公室填报的平台之外办理的申请。', 'Figures marked * include applications handled outside the platform, entered by the disclosure office.')]
    : [];

/** The Ministry's format (教育部令第29号): received, carried over, each outcome, carried into the next year. */
const applications = (snapshot: ReportSnapshot): ReportTable => {
  const a = snapshot.figures.applications;
  const mark = (value: number, entered: boolean) => same(entered && snapshot.figures.enteredApplicationCells.length > 0 ? `${value}*` : String(value));
  const anyEntered = snapshot.figures.enteredApplicationCells.length > 0;
  return {
    block: 'applications',
    caption: l('依申请公开情况', 'Applications for disclosure'),
    header: [l('项目', 'Item'), l('件数', 'Cases')],
    rows: [
      { cells: [l('本期收到申请', 'Received in the period'), mark(a.received, anyEntered)] },
      { cells: [l('上期结转', 'Carried over'), mark(a.carriedOver, anyEntered)] },
      ...moeOutcomes.map((outcome) => ({ cells: [{ zh: `办结：${moeOutcomeLabels[outcome].zh}`, en: `Concluded: ${moeOutcomeLabels[outcome].en}` }, mark(a.byMoeOutcome[outcome], anyEntered)] })),
      { cells: [l('办结合计', 'Concluded, total'), mark(a.concluded, anyEntered)], isTotal: true },
      { cells: [l('结转下期', 'Carried into the next period'), mark(a.carriedIntoNext, anyEntered)] },
      { cells: [l('在答复期限内答复', 'Replied by the deadline'), num(a.repliedOnTime)] },
      { cells: [l('超过答复期限答复', 'Replied after the deadline'), num(a.repliedLate)] },
      { cells: [l('延长答复期限', 'Deadline extended'), num(a.extended)] },
    ],
    notes: enteredCellsNote(snapshot),
    widths: [4, 1],
  };
};

/** The government form (国办公开办函〔2021〕30号, 三、收到和处理政府信息公开申请情况): applicant types across, rows down. */
const applicationTable = (snapshot: ReportSnapshot): ReportTable => {
  const { table } = snapshot.figures.applications;
  // Entered cells as (applicant type, row); a subtotal or total is marked when an entered cell adds to it.
  const entered = snapshot.figures.enteredApplicationCells.flatMap((key) => {
    const type = applicantTypes.find((candidate) => key.startsWith(`${candidate}.`));
    return type ? [{ type, row: key.slice(type.length + 1) }] : [];
  });
  const columns = [...applicantTypes, 'total'] as const;
  const feeds = (cellRow: string, row: string) =>
    cellRow === row || (isDecisionCode(cellRow) && (row === 'resultsTotal' || decisionGroupOf(cellRow) === row));
  const cell = (column: (typeof columns)[number], row: string, value: number) => {
    const isEntered = entered.some((cellKey) => (column === 'total' || cellKey.type === column) && feeds(cellKey.row, row));
    return same(isEntered ? `${value}*` : String(value));
  };
  const line = (label: Labelled, row: string, value: (column: (typeof columns)[number]) => number, isTotal = false): ReportTableRow => ({
    cells: [label, ...columns.map((column) => cell(column, row, value(column)))],
    isTotal,
  });
  const groupRows = decisionGroups.flatMap((group, index) => {
    const codes = decisionCodes.filter((code) => decisionGroupOf(code) === group);
    const heading = `（${'一二三四五六'[index]}）${decisionGroupLabels[group].zh}`;
    const headingEn = `(${index + 1}) ${decisionGroupLabels[group].en}`;
    // A group of one row (予以公开, 部分公开) is that row; the others list their rows, then the subtotal.
    if (codes.length === 1) return [line(l(`三、${heading}`, `3. ${headingEn}`), codes[0]!, (column) => table[column].results[codes[0]!])];
    return [
      ...codes.map((code) =>
        line({ zh: `${decisionRowOf(code)} ${decisionLabels[code].zh}`, en: `${decisionRowOf(code)} ${decisionLabels[code].en}` }, code, (column) => table[column].results[code]),
      ),
      line(l(`三、${heading}小计`, `3. ${headingEn}, subtotal`), group, (column) => table[column].groups[group], true),
    ];
  });
  return {
    block: 'applicationTable',
    caption: l('收到和处理信息公开申请情况', 'Applications received and handled'),
    header: [l('申请人情况', 'Applicants'), ...applicantTypes.map((type) => applicantTypeLabels[type]), allApplicantsLabel],
    rows: [
      line(l('一、本年新收信息公开申请数量', '1. Applications received this year'), 'received', (column) => table[column].received),
      line(l('二、上年结转信息公开申请数量', '2. Carried over from last year'), 'carriedOver', (column) => table[column].carriedOver),
      ...groupRows,
      line(l('三、（七）总计', '3. (7) Total concluded'), 'resultsTotal', (column) => table[column].resultsTotal, true),
      line(l('四、结转下年度继续办理', '4. Carried into next year'), 'carriedIntoNext', (column) => table[column].carriedIntoNext),
    ],
    notes: [l('第二至六列为法人或其他组织。', 'Columns 2 to 6 are legal persons or other organisations.'), ...enteredCellsNote(snapshot)],
    widths: [5, 1, 1, 1, 1, 1, 1, 1],
  };
};

const fees = (snapshot: ReportSnapshot): ReportTable => {
  const { charged, waived } = snapshot.figures.fees;
  const yuan = (fen: number) => same(fenToYuan(fen));
  return {
    block: 'fees',
    caption: l('信息处理费（元）', 'Information-processing fees (yuan)'),
    header: [l('项目', 'Item'), ...countedHeader],
    rows: [
      { cells: [l('收取信息处理费', 'Fees charged'), ...countedCells(charged, yuan)] },
      { cells: [l('减免信息处理费', 'Fees waived'), ...countedCells(waived, yuan)] },
    ],
    notes: charged.entered !== null || waived.entered !== null ? [enteredNote] : [],
    widths: [3, 1, 1, 1],
  };
};

const feedback = (snapshot: ReportSnapshot): ReportTable => {
  const f = snapshot.figures.feedback;
  return {
    block: 'feedback',
    caption: l('评议、举报、纠错情况', 'Appraisals, complaints and correction requests'),
    header: [l('类型', 'Kind'), l('收到', 'Received'), ...feedbackStatuses.map((status) => feedbackStatusLabels[status])],
    rows: [
      ...feedbackKinds.map((kind) => ({ cells: [feedbackKindLabels[kind], num(f.byKind[kind].received), ...feedbackStatuses.map((status) => num(f.byKind[kind].byStatus[status]))] })),
      { cells: [l('合计', 'Total'), num(f.received), ...feedbackStatuses.map((status) => num(feedbackKinds.reduce((sum, kind) => sum + f.byKind[kind].byStatus[status], 0)))], isTotal: true },
    ],
    notes: [
      {
        zh: `评议总体评价：${[...appraisalRatings.map((rating) => `${appraisalRatingLabels[rating].zh} ${f.appraisalRatings[rating]}`), `${unratedAppraisalLabel.zh} ${f.appraisalRatings.unrated}`].join('，')}。处理状态为报告发布时的状态。`,
        en: `Appraisals by overall view: ${[...appraisalRatings.map((rating) => `${appraisalRatingLabels[rating].en} ${f.appraisalRatings[rating]}`), `${unratedAppraisalLabel.en} ${f.appraisalRatings.unrated}`].join(', ')}. Statuses as at publication.`,
      },
    ],
    widths: [2, 1, ...feedbackStatuses.map(() => 1)],
  };
};

/** 行政复议、行政诉讼: always entered (decided outside the institution); one row per kind of proceeding. */
const reviewsAndLawsuits = (snapshot: ReportSnapshot): ReportTable => ({
  block: 'reviewsAndLawsuits',
  caption: l('信息公开行政复议、行政诉讼情况（填报）', 'Administrative reconsiderations and lawsuits (entered)'),
  header: [l('类别', 'Proceeding'), ...reviewResults.map((result) => reviewResultLabels[result]), l('总计', 'Total')],
  rows: reviewBodies.map((body) => ({ cells: [reviewBodyLabels[body], ...reviewResults.map((result) => num(snapshot.figures.reviews[body][result])), num(snapshot.figures.reviews[body].total)] })),
  notes: [l('行政复议和行政诉讼由复议机关和人民法院办理，数字由信息公开办公室填报。', 'Reconsiderations and lawsuits are decided by other bodies; the disclosure office enters these figures.')],
  widths: [3, 1, 1, 1, 1, 1],
});

/** Section 8: every checklist item, whether it has public records in the period, and the note for those without. */
const checklist = (snapshot: ReportSnapshot): ReportTable => ({
  block: 'checklist',
  caption: l('《高等学校信息公开事项清单》公开情况', 'Disclosure of the checklist items'),
  header: [l('序号', 'Item'), l('公开事项', 'Item to disclose'), l('公开情况', 'Status'), l('说明', 'Note')],
  rows: snapshot.figures.checklist.map((item) => ({
    cells: [
      same(item.code),
      item.text,
      item.count > 0 ? { zh: `已公开（${item.count} 条）`, en: `Disclosed (${item.count})` } : l('本期间无公开记录', 'No record in the period'),
      same(snapshot.itemNotes[item.code] ?? ''),
    ],
  })),
  notes: [],
  widths: [0.7, 4, 1.6, 2.6],
});

const builders: Record<FigureBlock, (snapshot: ReportSnapshot) => ReportTable> = { channels, categories, applications, applicationTable, fees, feedback, reviewsAndLawsuits, checklist };

/** The tables of one section of the report, in the format's order of its figure blocks. */
export const sectionTables = (snapshot: ReportSnapshot, sectionKey: string): ReportTable[] =>
  (reportSections[snapshot.format].find((section) => section.key === sectionKey)?.blocks ?? []).map((block) => builders[block](snapshot));
