import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { fill, messages, pick } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { siteFrame } from '../../../lib/siteFrame';
import { academicYears } from '../../../lib/statistics';

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  return { title: messages(locale).reports.title, alternates: pageAlternates(locale, links.reports) };
};

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
