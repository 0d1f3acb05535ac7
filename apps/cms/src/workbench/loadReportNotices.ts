import { chinaDate, collections, isPublisher, lastEndedPeriod, refusalMessage, reportDueNotice, reportFormatLabels, reportStatusLabels, type Language, type ReportFormat } from '@xxgk/domain';
import type { PayloadRequest } from 'payload';
import { actorFromReq } from '../lib/user';

export type ReportNotice = {
  format: ReportFormat;
  periodLabel: string;
  dueOn: string;
  /** What to do: the report's state (not created, draft, in review) and the due notice, in the admin's language. */
  title: string;
  state: string;
  due: string | null;
  href: string;
  isOverdue: boolean;
};

const text = {
  title: { zh: '{label} 年度报告（{format}）', en: 'Annual report {label} ({format})' },
  missing: { zh: '尚未创建', en: 'Not created yet' },
  dueOn: { zh: '应于 {dueOn} 前发布', en: 'Due by {dueOn}' },
};
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/**
 * The office's reminder of the annual report due now (dashboard): for the Ministry's format the
 * last academic year that has ended, and for the government format the last calendar year when
 * the institution reports in that format (it has a report of it) — each unless published, with
 * its state and the due notice (@xxgk/domain's reportDueNotice: due soon or overdue).
 */
export const loadReportNotices = async (req: PayloadRequest, today = chinaDate(new Date())): Promise<ReportNotice[]> => {
  if (!isPublisher(actorFromReq(req))) return [];
  const language: Language = req.i18n?.language === 'en' ? 'en' : 'zh';
  const usesGovernment = (await req.payload.count({ collection: collections.annualReports, where: { format: { equals: 'government' } }, req, overrideAccess: true })).totalDocs > 0;
  const formats: ReportFormat[] = usesGovernment ? ['moe', 'government'] : ['moe'];
  const notices: ReportNotice[] = [];
  for (const format of formats) {
    const period = lastEndedPeriod(format, today);
    const { docs } = await req.payload.find({
      collection: collections.annualReports,
      where: { and: [{ format: { equals: format } }, { periodLabel: { equals: period.label } }] },
      sort: '-version',
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
      select: { status: true, version: true },
    });
    // Published once is done: a correction being written does not make the report due again.
    if (docs.some((doc) => doc.status === 'published')) continue;
    const latest = docs[0];
    const due = reportDueNotice(period, today);
    notices.push({
      format,
      periodLabel: period.label,
      dueOn: period.dueOn,
      title: fill(text.title[language], { label: period.label, format: reportFormatLabels[format][language] }),
      state: latest ? reportStatusLabels[latest.status as keyof typeof reportStatusLabels]?.[language] ?? String(latest.status) : text.missing[language],
      due: due ? refusalMessage(due, language) : fill(text.dueOn[language], { dueOn: period.dueOn }),
      href: latest ? `/admin/collections/${collections.annualReports}/${latest.id}` : `/admin/collections/${collections.annualReports}/create`,
      isOverdue: due?.key === 'reportOverdue',
    });
  }
  return notices;
};
