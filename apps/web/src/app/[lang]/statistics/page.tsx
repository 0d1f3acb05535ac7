import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { messages } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { formatNumber } from '../../../lib/format';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { academicYears } from '../../../lib/statistics';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).statistics.title, alternates: pageAlternates(locale, (language) => links.statistics(language)) };
};

/** The academic years that have public records, newest first, each linking to its statistics; and the figures of applications. */
export default async function StatisticsIndex({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const years = await academicYears();
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.statistics.title }]} />
      <h1>{t.statistics.title}</h1>
      <ul>
        {years.map((year) => (
          <li key={year.label}>
            <Link prefetch={false} href={links.statistics(locale, year.label)}>{year.label}</Link> <span className="meta">{formatNumber(locale, year.publicRecordCount)} {t.records}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link prefetch={false} href={links.applicationStatistics(locale)}>{t.applicationStatistics.title}</Link>
      </p>
    </>
  );
}
