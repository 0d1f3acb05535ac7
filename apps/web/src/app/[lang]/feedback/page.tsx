import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { FeedbackForm } from '../../../components/intake/FeedbackForm';
import { messages } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { kindFromAddress } from '../../../lib/intake/feedbackForm';
import { appraisalRating, feedbackKind } from '../../../lib/intake/vocabulary';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { single } from '../../../lib/params';
import { loadRecord } from '../../../lib/record';
import { absoluteUrl } from '../../../lib/siteUrl';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).intake.feedback.title, alternates: pageAlternates(locale, (language) => links.feedback(language)) };
};

/**
 * 评议、举报、纠错. A record page's 纠错 link (`?kind=correction&record=<id>`) chooses the kind and
 * fills in the record's address on this site, once the gateway confirms the record is public;
 * otherwise the form starts empty. Every rendering makes a new submission key (never kept by the
 * site's server: pageCache.mjs).
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale).intake;
  const asked = await searchParams;
  const recordId = single(asked.record).trim();
  const record = recordId ? await loadRecord(recordId).catch(() => null) : null;
  const initial: Record<string, string> = { submissionKey: randomUUID(), kind: kindFromAddress(single(asked.kind)) ?? '' };
  if (record) initial.record = absoluteUrl(links.record('zh', record.id));
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.guide.title, href: '/applications' }, { label: t.feedback.title }]} />
      <FeedbackForm locale={locale} initial={initial} choices={{ kinds: feedbackKind.options(locale), ratings: appraisalRating.options(locale) }} recordTitle={record?.title ?? null} />
    </>
  );
}
