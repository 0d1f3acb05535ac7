import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { messages } from '../../../i18n';
import { formatNumber } from '../../../lib/format';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { academicYears } from '../../../lib/statistics';

// Rendered on first request and kept until the CMS reports a change (see the layout).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({ title: messages(await localeOf(params)).statistics.title });

/** The academic years that have public records, newest first, each linking to its statistics. */
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
    </>
  );
}
