import {
  applicantTypes,
  flattenFigures,
  moeOutcomes,
  refusalMessage,
  reportFormatLabels,
  reportFormats,
  reportPeriodRefusal,
  reviewBodies,
  reviewBodyLabels,
  type CountedFigure,
  type Labelled,
  type NarrativeBlock,
  type ReportFigures,
  type ReportFormat,
  type ReviewBody,
} from '@xxgk/domain';
import {
  figureRows,
  listPublishedReports,
  loadPublishedReport,
  publicReportPeriod,
  reportTitle,
  sectionTables,
  type FigureRow,
  type PublishedReport,
  type PublishedVersion,
  type ReportTable,
  type ReportTableRow,
} from '@xxgk/cms/reports';
import { builder } from '../builder';
import { badInput, withTimeout } from '../errors';
import { FeedbackStatisticsType, MoeOutcomeCountType, TableColumnType } from './applicationStatisticsTypes';
import { enumOf, LabelType } from './intakeTypes';
import { reportDownloadPath } from '../reports/reportDownloads';

/**
 * Published annual reports (信息公开工作年度报告): what the institution published, frozen at
 * publication (the snapshot), never a draft or a text in review. A correction is a new version;
 * the earlier ones stay readable, listed with what each correction said.
 */
const d = (zh: string, en: string) => ({ description: `${zh}/ ${en}` });

const ReportFormatEnum = enumOf('ReportFormat', '年度报告格式。/ Format of an annual report.', reportFormats, reportFormatLabels);

const CountedFigureType = builder.objectRef<CountedFigure>('CountedFigure').implement({
  description: '一个数字及其组成：系统根据记录统计的部分、信息公开办公室填报的平台之外的部分（未填报为 null）与合计。/ A figure with its parts: computed from the records, entered by the office (null when nothing was), and their total.',
  fields: (t) => ({
    computed: t.exposeInt('computed', d('系统统计。', 'Computed from the records.')),
    entered: t.exposeInt('entered', { nullable: true, ...d('填报（平台之外的数字）；未填报为 null。', 'Entered by the office (held outside the platform); null when nothing was.') }),
    total: t.exposeInt('total', d('合计。', 'Total.')),
  }),
});

type ChannelFigure = ReportFigures['channels'][number];
const ChannelFigureType = builder.objectRef<ChannelFigure>('ReportChannelFigure').implement({
  description: '一个发布渠道的主动公开数量。/ Records disclosed proactively on one channel.',
  fields: (t) => ({
    key: t.exposeString('key', d('渠道标识。', 'Channel key.')),
    label: t.field({ type: LabelType, ...d('渠道名称。', 'Channel name.'), resolve: (c) => c.name }),
    figure: t.field({ type: CountedFigureType, ...d('数量。', 'Count.'), resolve: (c) => c.figure }),
  }),
});

type CategoryFigure = ReportFigures['categories'][number];
const CategoryFigureType = builder.objectRef<CategoryFigure>('ReportCategoryFigure').implement({
  description: '一个《清单》类别的主动公开数量。/ Records disclosed proactively in one checklist category.',
  fields: (t) => ({
    code: t.exposeString('code', d('类别代码。', 'Category code.')),
    label: t.field({ type: LabelType, ...d('类别名称。', 'Category name.'), resolve: (c) => c.name }),
    count: t.exposeInt('count', d('公开信息数。', 'Records.')),
  }),
});

type ChecklistFigure = ReportFigures['checklist'][number] & { note: string | null };
const ChecklistFigureType = builder.objectRef<ChecklistFigure>('ReportChecklistFigure').implement({
  description: '一个清单事项在报告期间的公开情况。/ One checklist item in the period.',
  fields: (t) => ({
    code: t.exposeString('code', d('事项编号，如 "1.1"。', 'Item code, e.g. "1.1".')),
    label: t.field({ type: LabelType, ...d('事项。', 'The item.'), resolve: (c) => c.text }),
    count: t.exposeInt('count', d('报告期间公开的记录数。', 'Public records in the period.')),
    note: t.exposeString('note', { nullable: true, ...d('无公开记录的说明。', 'Why there is no record, if there is none.') }),
  }),
});

type ReviewRow = { body: ReviewBody; row: ReportFigures['reviews'][ReviewBody] };
const ReviewRowType = builder.objectRef<ReviewRow>('ReportReviewFigures').implement({
  description: '行政复议或行政诉讼的结果（填报：由复议机关和法院办理）。/ Reconsiderations or lawsuits by result (entered: decided by other bodies).',
  fields: (t) => ({
    body: t.string({ ...d('类别：reconsideration、lawsuitDirect、lawsuitAfterReconsideration。', 'Kind: reconsideration, lawsuitDirect, lawsuitAfterReconsideration.'), resolve: (r) => r.body }),
    label: t.field({ type: LabelType, ...d('类别名称。', 'Kind.'), resolve: (r) => reviewBodyLabels[r.body] }),
    upheld: t.int({ ...d('结果维持。', 'Upheld.'), resolve: (r) => r.row.upheld }),
    corrected: t.int({ ...d('结果纠正。', 'Corrected.'), resolve: (r) => r.row.corrected }),
    other: t.int({ ...d('其他结果。', 'Other result.'), resolve: (r) => r.row.other }),
    pending: t.int({ ...d('尚未审结。', 'Pending.'), resolve: (r) => r.row.pending }),
    total: t.int({ ...d('总计。', 'Total.'), resolve: (r) => r.row.total }),
  }),
});

const FlatFigureType = builder.objectRef<FigureRow>('ReportFlatFigure').implement({
  description: '报告的一个数字（与 CSV 相同）。/ One figure of the report (as in the CSV).',
  fields: (t) => ({
    key: t.exposeString('key', d('标识，如 "channels.portal"。', 'Key, e.g. "channels.portal".')),
    label: t.exposeString('label', d('中文名称。', 'Chinese label.')),
    value: t.exposeInt('value', d('数值（收费以分计）。', 'Value (fees in fen).')),
    source: t.exposeString('source', d('来源：computed（系统统计）、entered（填报）或 computed+entered。', 'Source: computed, entered, or computed+entered.')),
  }),
});

type Figures = { figures: ReportFigures; itemNotes: Record<string, string>; flat: FigureRow[] };
const ReportFiguresType = builder.objectRef<Figures>('ReportFigures').implement({
  description: '报告的全部数字，发布时固定；填报部分与系统统计分列。/ Every figure of the report, fixed at publication; entered parts kept apart from computed ones.',
  fields: (t) => ({
    channels: t.field({ type: [ChannelFigureType], ...d('各发布渠道。', 'Per channel.'), resolve: (f) => f.figures.channels }),
    channelTotal: t.field({ type: CountedFigureType, ...d('各渠道合计（一条记录在几个渠道发布即计几次）。', 'All channels (a record on several channels counts on each).'), resolve: (f) => f.figures.channelTotal }),
    categories: t.field({ type: [CategoryFigureType], ...d('各《清单》类别。', 'Per checklist category.'), resolve: (f) => f.figures.categories }),
    applicationTable: t.field({
      type: [TableColumnType],
      ...d('依申请公开情况表（政府格式）：各类申请人与总计，含填报。', 'Application table (government format): each type of applicant and the total, entered cells included.'),
      resolve: (f) => [...applicantTypes, null].map((applicantType) => ({ applicantType, column: f.figures.applications.table[applicantType ?? 'total'] })),
    }),
    byMoeOutcome: t.field({
      type: [MoeOutcomeCountType],
      ...d('办结申请按教育部格式的处理结果。', 'Concluded applications by the Ministry’s outcomes.'),
      resolve: (f) => moeOutcomes.map((outcome) => ({ outcome, count: f.figures.applications.byMoeOutcome[outcome] })),
    }),
    enteredApplicationCells: t.stringList({ ...d('依申请公开表中含填报的格子，如 "naturalPerson.received"。', 'Cells of the application table that include entered figures, e.g. "naturalPerson.received".'), resolve: (f) => f.figures.enteredApplicationCells }),
    repliedOnTime: t.int({ ...d('在答复期限内答复。', 'Replied by the deadline.'), resolve: (f) => f.figures.applications.repliedOnTime }),
    repliedLate: t.int({ ...d('超过答复期限答复。', 'Replied after the deadline.'), resolve: (f) => f.figures.applications.repliedLate }),
    extended: t.int({ ...d('延长答复期限。', 'Deadline extended.'), resolve: (f) => f.figures.applications.extended }),
    feesChargedFen: t.field({ type: CountedFigureType, ...d('收取信息处理费（分）。', 'Fees charged (fen).'), resolve: (f) => f.figures.fees.charged }),
    feesWaivedFen: t.field({ type: CountedFigureType, ...d('减免信息处理费（分）。', 'Fees waived (fen).'), resolve: (f) => f.figures.fees.waived }),
    feedback: t.field({ type: FeedbackStatisticsType, ...d('评议、举报、纠错。', 'Appraisals, complaints and correction requests.'), resolve: (f) => f.figures.feedback }),
    reviews: t.field({ type: [ReviewRowType], ...d('行政复议、行政诉讼（填报）。', 'Reconsiderations and lawsuits (entered).'), resolve: (f) => reviewBodies.map((body) => ({ body, row: f.figures.reviews[body] })) }),
    checklist: t.field({
      type: [ChecklistFigureType],
      ...d('《清单》50 项的公开情况。', 'The 50 checklist items.'),
      resolve: (f) => f.figures.checklist.map((item) => ({ ...item, note: f.itemNotes[item.code] ?? null })),
    }),
    flat: t.field({ type: [FlatFigureType], ...d('全部数字的扁平列表（与 CSV 相同）。', 'Every figure as a flat list (as the CSV).'), resolve: (f) => f.flat }),
  }),
});

const NarrativeBlockType = builder.objectRef<NarrativeBlock>('ReportNarrativeBlock').implement({
  description: '正文的一段（纯文本）。/ One block of written text (plain text).',
  fields: (t) => ({
    type: t.string({ ...d('paragraph（段落）、heading（小标题）或 listItem（列表项）。', 'paragraph, heading or listItem.'), resolve: (b) => b.type }),
    text: t.exposeString('text', d('文字。', 'Text.')),
    ordered: t.boolean({ ...d('列表项是否编号。', 'Whether a list item is numbered.'), resolve: (b) => b.type === 'listItem' && b.ordered }),
  }),
});

const TableRowType = builder.objectRef<ReportTableRow>('ReportTableRow').implement({
  description: '表格的一行。/ One row of a table.',
  fields: (t) => ({
    cells: t.field({ type: [LabelType], ...d('各格（数字的中英文相同）。', 'Cells (numbers are the same in both languages).'), resolve: (r) => r.cells }),
    isTotal: t.boolean({ ...d('是否为合计行。', 'Whether it is a total row.'), resolve: (r) => r.isTotal ?? false }),
  }),
});

const TableType = builder.objectRef<ReportTable>('ReportTable').implement({
  description: '报告中的一张数字表，与 PDF、DOCX 所示相同。/ A table of figures as the PDF and DOCX show it.',
  fields: (t) => ({
    block: t.exposeString('block', d('数字块：channels、categories、applications、applicationTable、fees、feedback、reviewsAndLawsuits、checklist。', 'Figure block.')),
    caption: t.field({ type: LabelType, ...d('表题。', 'Caption.'), resolve: (table) => table.caption }),
    header: t.field({ type: [LabelType], ...d('表头。', 'Header row.'), resolve: (table) => table.header }),
    rows: t.field({ type: [TableRowType], ...d('各行。', 'Rows.'), resolve: (table) => table.rows }),
    notes: t.field({ type: [LabelType], ...d('表注。', 'Notes.'), resolve: (table) => table.notes }),
  }),
});

type Section = { key: string; title: Labelled; narrative: NarrativeBlock[]; tables: ReportTable[] };
const SectionType = builder.objectRef<Section>('ReportSection').implement({
  description: '报告的一个部分：标题、正文与数字表。/ One section: its title, written text and tables.',
  fields: (t) => ({
    key: t.exposeString('key', d('部分标识。', 'Section key.')),
    title: t.field({ type: LabelType, ...d('标题。', 'Title.'), resolve: (s) => s.title }),
    narrative: t.field({ type: [NarrativeBlockType], ...d('正文（可为空：无）。', 'Written text (may be empty: none).'), resolve: (s) => s.narrative }),
    tables: t.field({ type: [TableType], ...d('本部分的数字表。', 'Tables of this section.'), resolve: (s) => s.tables }),
  }),
});

type Downloads = { format: ReportFormat; period: string; version: number };
const DownloadsType = builder.objectRef<Downloads>('ReportDownloads').implement({
  description: '报告文件在本网关上的路径（相对本网关地址；每个版本一个地址，内容不变，可长期缓存）。/ Paths of the report’s files on this gateway (relative; one address per version, never changing, cacheable for long).',
  fields: (t) => ({
    pdf: t.string({ ...d('PDF（内嵌中文字体，带书签和页码）。', 'PDF (Chinese font embedded, bookmarks, page numbers).'), resolve: (s) => reportDownloadPath(s, 'pdf') }),
    docx: t.string({ ...d('DOCX（可编辑）。', 'DOCX (editable).'), resolve: (s) => reportDownloadPath(s, 'docx') }),
    csv: t.string({ ...d('统计数据 CSV（key、label、value、source）。', 'Figures as CSV (key, label, value, source).'), resolve: (s) => reportDownloadPath(s, 'csv') }),
    json: t.string({ ...d('完整报告 JSON。', 'The whole report as JSON.'), resolve: (s) => reportDownloadPath(s, 'json') }),
  }),
});

const downloadsOf = (version: PublishedVersion): Downloads => ({ format: version.snapshot.format, period: version.snapshot.periodLabel, version: version.version });

const VersionType = builder.objectRef<PublishedVersion>('AnnualReportVersion').implement({
  description: '报告的一个已发布版本。/ One published version of a report.',
  fields: (t) => ({
    version: t.exposeInt('version', d('版本号（1 起）。', 'Version number, from 1.')),
    publishedAt: t.field({ type: 'DateTime', ...d('发布时间。', 'Published.'), resolve: (v) => v.publishedAt }),
    isCurrent: t.boolean({ ...d('是否为现行版本（未被更正）。', 'Whether it is the current version (not superseded).'), resolve: (v) => v.status === 'published' }),
    supersededAt: t.field({ type: 'DateTime', nullable: true, ...d('被更正版本取代的时间。', 'When a correction superseded it.'), resolve: (v) => v.supersededAt }),
    correctionNote: t.string({ nullable: true, ...d('本版本为更正版本时的更正说明。', 'What this version corrects, if it is a correction.'), resolve: (v) => v.snapshot.correction?.note ?? null }),
    downloads: t.field({ type: DownloadsType, ...d('本版本的文件。', 'This version’s files.'), resolve: downloadsOf }),
  }),
});

const emptyNotice: Labelled = {
  zh: '本报告期间没有公开记录、信息公开申请或评议举报，报告中的各项数字均为 0。',
  en: 'There were no public records, applications or feedback in this period: every figure of the report is 0.',
};

const AnnualReportType = builder.objectRef<PublishedReport>('AnnualReport').implement({
  description: '已发布的信息公开工作年度报告（现行版本），及其全部已发布版本。/ A published annual disclosure report (its current version), with every published version.',
  fields: (t) => ({
    format: t.field({ type: ReportFormatEnum, ...d('格式。', 'Format.'), resolve: (r) => r.current.snapshot.format }),
    period: t.string({ ...d('报告期间：学年如 "2021-2022"，自然年如 "2022"。', 'Period: an academic year such as "2021-2022", or a year such as "2022".'), resolve: (r) => r.current.snapshot.periodLabel }),
    from: t.field({ type: 'Date', ...d('期间第一天。', 'First day of the period.'), resolve: (r) => r.current.snapshot.period.from }),
    to: t.field({ type: 'Date', ...d('期间最后一天。', 'Last day of the period.'), resolve: (r) => r.current.snapshot.period.to }),
    title: t.string({ ...d('报告标题。', 'Title.'), resolve: (r) => reportTitle(r.current.snapshot) }),
    institution: t.field({ type: LabelType, ...d('学校名称。', 'Institution.'), resolve: (r) => ({ zh: r.current.snapshot.institution.name, en: r.current.snapshot.institution.nameEn }) }),
    version: t.int({ ...d('现行版本号。', 'Current version.'), resolve: (r) => r.current.version }),
    publishedAt: t.field({ type: 'DateTime', ...d('现行版本的发布时间。', 'When the current version was published.'), resolve: (r) => r.current.publishedAt }),
    correctionNote: t.string({ nullable: true, ...d('现行版本为更正版本时的更正说明（本报告于…更正：…）。', 'What the current version corrects, if it is a correction.'), resolve: (r) => r.current.snapshot.correction?.note ?? null }),
    isEmpty: t.boolean({ ...d('报告期间是否没有任何数据（各项数字均为 0）。', 'Whether every figure is 0 (no data in the period).'), resolve: (r) => Object.values(flattenFigures(r.current.snapshot.figures)).every((value) => value === 0) }),
    notice: t.field({
      type: LabelType,
      nullable: true,
      ...d('给读者的说明（如期间内没有任何数据）。', 'A notice for readers (e.g. no data in the period).'),
      resolve: (r) => (Object.values(flattenFigures(r.current.snapshot.figures)).every((value) => value === 0) ? emptyNotice : null),
    }),
    sections: t.field({
      type: [SectionType],
      ...d('各部分，按格式规定的顺序。', 'The sections, in the format’s order.'),
      resolve: (r) => r.current.snapshot.sections.map((section) => ({ ...section, tables: sectionTables(r.current.snapshot, section.key) })),
    }),
    figures: t.field({ type: ReportFiguresType, ...d('全部数字。', 'Every figure.'), resolve: (r) => ({ figures: r.current.snapshot.figures, itemNotes: r.current.snapshot.itemNotes, flat: figureRows(r.current.snapshot) }) }),
    downloads: t.field({ type: DownloadsType, ...d('现行版本的文件。', 'The current version’s files.'), resolve: (r) => downloadsOf(r.current) }),
    versions: t.field({ type: [VersionType], ...d('全部已发布版本，新的在前（含现行版本）。', 'Every published version, newest first (the current one included).'), resolve: (r) => r.versions }),
  }),
});

const SummaryType = builder.objectRef<PublishedReport>('AnnualReportSummary').implement({
  description: '已发布报告列表中的一项。/ One published report in the list.',
  fields: (t) => ({
    format: t.field({ type: ReportFormatEnum, ...d('格式。', 'Format.'), resolve: (r) => r.current.snapshot.format }),
    period: t.string({ ...d('报告期间。', 'Period.'), resolve: (r) => r.current.snapshot.periodLabel }),
    title: t.string({ ...d('报告标题。', 'Title.'), resolve: (r) => reportTitle(r.current.snapshot) }),
    version: t.int({ ...d('现行版本号。', 'Current version.'), resolve: (r) => r.current.version }),
    publishedAt: t.field({ type: 'DateTime', ...d('现行版本的发布时间。', 'When the current version was published.'), resolve: (r) => r.current.publishedAt }),
    isCorrected: t.boolean({ ...d('是否发布过更正版本。', 'Whether a correction has been published.'), resolve: (r) => r.current.version > 1 || r.versions.length > 1 }),
    downloads: t.field({ type: DownloadsType, ...d('现行版本的文件。', 'The current version’s files.'), resolve: (r) => downloadsOf(r.current) }),
  }),
});

builder.queryFields((t) => ({
  annualReport: t.field({
    type: AnnualReportType,
    nullable: true,
    ...d(
      '一份已发布的年度报告：format 为 moe（教育部格式，学年，如 "2021-2022"）或 government（政务公开格式，自然年，如 "2022"）。尚未发布时为 null；格式或期间无效时返回错误（extensions.code = BAD_USER_INPUT，extensions.field 指出参数）。',
      'A published annual report: format moe (Ministry format, an academic year such as "2021-2022") or government (calendar year such as "2022"). Null when not published yet; an invalid format or period is an error (extensions.code BAD_USER_INPUT, extensions.field naming the argument).',
    ),
    args: {
      format: t.arg.string({ required: true, ...d('报告格式：moe 或 government。', 'Format: moe or government.') }),
      period: t.arg.string({ required: true, ...d('报告期间：学年如 "2021-2022"，自然年如 "2022"。', 'Period: an academic year such as "2021-2022", or a year such as "2022".') }),
    },
    resolve: async (_, args, ctx) => {
      const result = publicReportPeriod(args.format, args.period);
      if (!result.ok) {
        const refusal = reportPeriodRefusal(result.problem);
        throw badInput(refusalMessage(refusal, 'zh'), refusalMessage(refusal, 'en'), refusal.path);
      }
      return withTimeout(loadPublishedReport(ctx.payload, result.format, result.label), ctx.limits.resolverTimeoutMs, 'annualReport');
    },
  }),
  annualReports: t.field({
    type: [SummaryType],
    ...d('全部已发布的年度报告（每个格式和期间一项，为现行版本），期间新的在前。', 'Every published annual report (one per format and period, its current version), newest period first.'),
    resolve: (_, __, ctx) => withTimeout(listPublishedReports(ctx.payload), ctx.limits.resolverTimeoutMs, 'annualReports'),
  }),
}));
