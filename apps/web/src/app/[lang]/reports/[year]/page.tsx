import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { fill, messages, pick } from '../../../../i18n';
import { pageAlternates } from '../../../../lib/alternates';
import { formatNumber } from '../../../../lib/format';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { siteFrame } from '../../../../lib/siteFrame';
import { yearStatistics } from '../../../../lib/statistics';

type Props = { params: Promise<{ lang: string; year: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const { institution } = await siteFrame();
  const { year } = await params;
  return {
    title: fill(messages(locale).reports.reportTitle, { institution: pick(locale, institution.name, institution.nameEn), year }),
    alternates: pageAlternates(locale, (language) => links.report(language, year)),
  };
};

/**
 * The annual report's frame in the MOE's eight sections. The figures (section 2 by channel,
 * section 8 the 50 items) are computed live from public records; the written sections arrive
 * with the annual-report feature and are marked as pending until then.
 */
export default async function ReportPage({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const { year } = await params;
  const [statistics, { institution }] = await Promise.all([yearStatistics(year), siteFrame()]);
  if (!statistics) notFound();
  const sections = t.reports.sections;
  const pending = (index: number) => (
    <section key={index} aria-labelledby={`section-${index + 1}`}>
      <h2 id={`section-${index + 1}`}>
        {index + 1}. {sections[index]}
      </h2>
      <p className="empty">{t.reports.pending}</p>
    </section>
  );
  return (
    <article>
      <Breadcrumbs locale={locale} trail={[{ label: t.reports.title, href: '/reports' }, { label: year }]} />
      <h1>{fill(t.reports.reportTitle, { institution: pick(locale, institution.name, institution.nameEn), year })}</h1>
      {pending(0)}
      <section aria-labelledby="section-2">
        <h2 id="section-2">2. {sections[1]}</h2>
        <p>{fill(t.reports.activeSummary, { total: formatNumber(locale, statistics.total) })}</p>
        <ul>
          {statistics.byChannel
            .filter((row) => row.count > 0)
            .map((row) => (
              <li key={row.channel.key}>
                {pick(locale, row.channel.name, row.channel.nameEn)} {formatNumber(locale, row.count)} {t.records}
              </li>
            ))}
        </ul>
        <p>
          <Link prefetch={false} href={links.statistics(locale, year)}>{fill(t.statistics.forYear, { year })}</Link>
        </p>
      </section>
      {[2, 3, 4, 5, 6].map(pending)}
      <section aria-labelledby="section-8">
        <h2 id="section-8">8. {sections[7]}</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{sections[7]}</caption>
            <thead>
              <tr>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.table.title}</th>
                <th scope="col">{t.reports.checklistStatus}</th>
                <th scope="col">{t.reports.link}</th>
              </tr>
            </thead>
            <tbody>
              {statistics.byChecklistItem.map(({ checklistItem: item, count }) => (
                <tr key={item.code}>
                  <th scope="row">{item.code}</th>
                  <td>{pick(locale, item.text, item.textEn)}</td>
                  <td>{count > 0 ? fill(t.reports.disclosed, { count }) : t.reports.notDisclosed}</td>
                  <td>
                    <Link prefetch={false} href={links.item(locale, item.code)} aria-label={`${t.reports.link} ${item.code}`}>
                      {t.reports.link}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
