import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { CurrencyBadge } from '../../../../components/CurrencyBadge';
import { DisclosureTable } from '../../../../components/DisclosureTable';
import { Pagination } from '../../../../components/Pagination';
import { messages, pick } from '../../../../i18n';
import { findCategory } from '../../../../lib/checklist';
import { formatNumber } from '../../../../lib/format';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { pagedDisclosures, pageSize } from '../../../../lib/pagedDisclosures';
import { decodeParam, single } from '../../../../lib/params';

type Props = { params: Promise<{ lang: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const category = await findCategory(decodeParam((await params).code));
  return category ? { title: pick(locale, category.name, category.nameEn), alternates: { types: { 'application/atom+xml': `/feeds/${category.code}.xml` } } } : {};
};

/** One of the 10 checklist categories: its items with their state, and its records page by page. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const category = await findCategory(decodeParam((await params).code));
  if (!category) notFound();
  const search = await searchParams;
  const page = await pagedDisclosures({ filter: { category: category.code }, after: single(search.after) || undefined, before: single(search.before) || undefined });
  const name = pick(locale, category.name, category.nameEn);
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.directory, href: '/' }, { label: name }]} />
      <h1>{name}</h1>
      <section aria-labelledby="items">
        <h2 id="items">{t.itemsInCategory}</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.itemsInCategory}</caption>
            <thead>
              <tr>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.responsibleDepartment}</th>
                <th scope="col" className="number">
                  {t.records}
                </th>
                <th scope="col">{t.cadence}</th>
              </tr>
            </thead>
            <tbody>
              {category.items.map((item) => (
                <tr key={item.code}>
                  <td>
                    {item.code} <Link prefetch={false} href={links.item(locale, item.code)}>{pick(locale, item.text, item.textEn)}</Link>
                  </td>
                  <td>{item.responsibleDepartment ? pick(locale, item.responsibleDepartment.name, item.responsibleDepartment.nameEn) : '—'}</td>
                  <td className="number">{formatNumber(locale, item.publicRecordCount)}</td>
                  <td>
                    <CurrencyBadge locale={locale} cadence={item.cadence} latestPublishedAt={item.latestPublishedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="records">
        <h2 id="records">{t.directory}</h2>
        {page.rows.length ? <DisclosureTable locale={locale} caption={name} rows={page.rows} showItem /> : <p className="empty">{t.noRecords}</p>}
        <Pagination locale={locale} basePath={links.category(locale, category.code)} totalCount={page.totalCount} pageSize={pageSize} previousCursor={page.previousCursor} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
      </section>
    </>
  );
}
