import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { fill, messages, pick } from '../../../i18n';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { siteFrame } from '../../../lib/siteFrame';
import { academicYears } from '../../../lib/statistics';

// Rendered on first request and kept until the CMS reports a change (see the layout).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({ title: messages(await localeOf(params)).reports.title });

/** 年度报告: one per academic year that has public records, newest first. */
export default async function ReportsIndex({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const [years, { institution }] = await Promise.all([academicYears(), siteFrame()]);
  const name = pick(locale, institution.name, institution.nameEn);
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.reports.title }]} />
      <h1>{t.reports.title}</h1>
      <p>{t.reports.intro}</p>
      <ul>
        {years.map((year) => (
          <li key={year.label}>
            <Link prefetch={false} href={links.report(locale, year.label)}>{fill(t.reports.reportTitle, { institution: name, year: year.label })}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
