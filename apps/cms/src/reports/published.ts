import { collections, reportPeriod, type ReportFormat, type ReportPeriodProblem, type ReportSnapshot } from '@xxgk/domain';
import type { Payload } from 'payload';
import { storedReport, type StoredReportDoc } from './storedReport';

/**
 * Published annual reports as the public may read them: only versions that were published (the
 * current one, `published`, and those a correction replaced, `superseded`), and of each only its
 * snapshot — never a draft, a report in review, the office's entered-figure notes or the log.
 * Read with overrideAccess because the collection is staff-only over HTTP; the status filter
 * here is the public rule.
 */
const publicStatuses = ['published', 'superseded'];

export type PublishedVersion = {
  version: number;
  status: 'published' | 'superseded';
  publishedAt: string;
  supersededAt: string | null;
  snapshot: ReportSnapshot;
};

/** One report chain (format and period) as the public sees it: the current version first, then the earlier ones. */
export type PublishedReport = { current: PublishedVersion; versions: PublishedVersion[] };

type Doc = StoredReportDoc & { supersededAt?: string | null };

const versionOf = (doc: Doc): PublishedVersion | null => {
  const report = storedReport(doc);
  if (!report?.snapshot || !doc.publishedAt || (report.status !== 'published' && report.status !== 'superseded')) return null;
  return { version: report.version, status: report.status, publishedAt: new Date(doc.publishedAt).toISOString(), supersededAt: doc.supersededAt ? new Date(doc.supersededAt).toISOString() : null, snapshot: report.snapshot };
};

const findPublished = async (payload: Payload, where: Record<string, unknown>) =>
  (
    await payload.find({
      collection: collections.annualReports,
      where: { and: [{ status: { in: publicStatuses } }, where] },
      sort: '-version',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { format: true, periodLabel: true, status: true, version: true, publishedAt: true, supersededAt: true, snapshot: true },
    } as never)
  ).docs as unknown as Doc[];

/** Why a (format, period) pair names no report period, or the period. */
export const publicReportPeriod = (format: string, label: string): { ok: true; format: ReportFormat; label: string } | { ok: false; problem: ReportPeriodProblem } => {
  const result = reportPeriod(format, label);
  return result.ok ? { ok: true, format: result.period.format, label: result.period.label } : result;
};

/**
 * The published report of a format and period: the latest published version and every
 * published version, newest first; null when none has been published.
 */
export const loadPublishedReport = async (payload: Payload, format: ReportFormat, periodLabel: string): Promise<PublishedReport | null> => {
  const versions = (await findPublished(payload, { format: { equals: format }, periodLabel: { equals: periodLabel } })).flatMap((doc) => versionOf(doc) ?? []);
  versions.sort((a, b) => b.version - a.version);
  const current = versions.find((version) => version.status === 'published') ?? versions[0];
  return current ? { current, versions } : null;
};

/** One published version of a report, by number (earlier versions stay readable); null when none. */
export const loadPublishedVersion = async (payload: Payload, format: ReportFormat, periodLabel: string, version: number): Promise<PublishedVersion | null> => {
  const [doc] = await findPublished(payload, { format: { equals: format }, periodLabel: { equals: periodLabel }, version: { equals: version } });
  return doc ? versionOf(doc) : null;
};

/** Every published report, one entry per format and period (its current version), newest period first. */
export const listPublishedReports = async (payload: Payload): Promise<PublishedReport[]> => {
  const chains = new Map<string, PublishedVersion[]>();
  for (const doc of await findPublished(payload, {})) {
    const version = versionOf(doc);
    if (!version) continue;
    const key = `${version.snapshot.format}:${version.snapshot.periodLabel}`;
    chains.set(key, [...(chains.get(key) ?? []), version]);
  }
  return [...chains.values()]
    .map((versions) => {
      versions.sort((a, b) => b.version - a.version);
      return { current: versions.find((version) => version.status === 'published') ?? versions[0]!, versions };
    })
    .sort((a, b) => b.current.snapshot.period.to.localeCompare(a.current.snapshot.period.to) || a.current.snapshot.format.localeCompare(b.current.snapshot.format));
};
