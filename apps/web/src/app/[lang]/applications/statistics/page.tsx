import { academicYearOf } from '@xxgk/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationStatisticsView } from '../../../../components/applicationStatistics/ApplicationStatisticsView';
import { messages } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { applicationYears, applicationYearStatistics } from '../../../../lib/applicationStatistics';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).applicationStatistics.title, alternates: pageAlternates(locale, (language) => links.applicationStatistics(language)) };
};

/** 依申请公开统计: the current academic year's figures (they fill up as cases come in), with links to the other years. */
export default async function ApplicationStatisticsIndex({ params }: Props) {
  const locale = await localeOf(params);
  const year = academicYearOf(new Date());
  const [figures, years] = await Promise.all([applicationYearStatistics(year), applicationYears()]);
  if (!figures) notFound();
  return <ApplicationStatisticsView locale={locale} year={year} years={years} figures={figures} isIndex />;
}
