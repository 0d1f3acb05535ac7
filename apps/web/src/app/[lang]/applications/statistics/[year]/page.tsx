import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationStatisticsView } from '../../../../../components/applicationStatistics/ApplicationStatisticsView';
import { fill, messages } from '../../../../../i18n';
import { pageAlternates } from '../../../../../lib/alternates';
import { applicationYears, applicationYearStatistics } from '../../../../../lib/applicationStatistics';
import { links } from '../../../../../lib/links';
import { localeOf } from '../../../../../lib/locale';

type Props = { params: Promise<{ lang: string; year: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { year } = await params;
  return { title: fill(messages(locale).applicationStatistics.forYear, { year }), alternates: pageAlternates(locale, (language) => links.applicationStatistics(language, year)) };
};

/** An academic year's figures of applications and feedback; years the site does not show answer 404. */
export default async function ApplicationYearStatistics({ params }: Props) {
  const locale = await localeOf(params);
  const { year } = await params;
  const [figures, years] = await Promise.all([applicationYearStatistics(year), applicationYears()]);
  if (!figures) notFound();
  return <ApplicationStatisticsView locale={locale} year={year} years={years} figures={figures} />;
}
