import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { CurrencyBadge } from '../../../../components/CurrencyBadge';
import { DisclosureTable } from '../../../../components/DisclosureTable';
import { Pagination } from '../../../../components/Pagination';
import { messages, pick, type Locale } from '../../../../i18n';
import { pageAlternates, withQuery } from '../../../../lib/alternates';
import { findItem } from '../../../../lib/checklist';
import { formatDate } from '../../../../lib/format';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { pagedDisclosures, pageSize } from '../../../../lib/pagedDisclosures';
import { decodeParam, single } from '../../../../lib/params';

type Props = { params: Promise<{ lang: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const found = await findItem(decodeParam((await params).code));
  if (!found) return {};
  const { after, before } = await searchParams;
  const pathIn = (language: Locale) => withQuery(links.item(language, found.item.code), { after: single(after), before: single(before) });
  return { title: `${found.item.code} ${pick(locale, found.item.text, found.item.textEn)}`, alternates: pageAlternates(locale, pathIn, `/feeds/${found.category.code}.xml`) };
};

/** One of the 50 checklist items: who is responsible, whether it is current, and its records. */
export default async function ChecklistItemPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const found = await findItem(decodeParam((await params).code));
  if (!found) notFound();
  const { category, item } = found;
  const search = await searchParams;
  const page = await pagedDisclosures({ filter: { checklistItem: item.code }, after: single(search.after) || undefined, before: single(search.before) || undefined });
  const categoryName = pick(locale, category.name, category.nameEn);
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.directory, href: '/' }, { label: categoryName, href: `/categories/${category.code}` }, { label: item.code }]} />
      <h1>
        {item.code} {pick(locale, item.text, item.textEn)}
      </h1>
      <dl className="properties">
        <dt>{t.category}</dt>
        <dd>{categoryName}</dd>
        <dt>{t.responsibleDepartment}</dt>
        <dd>{item.responsibleDepartment ? pick(locale, item.responsibleDepartment.name, item.responsibleDepartment.nameEn) : '—'}</dd>
        <dt>{t.cadence}</dt>
        <dd>{item.cadence ? (t.cadences[item.cadence] ?? item.cadence) : '—'}</dd>
        <dt>{t.lastUpdated}</dt>
        <dd>
          {item.latestPublishedAt ? formatDate(locale, item.latestPublishedAt) : t.never} <CurrencyBadge locale={locale} cadence={item.cadence} latestPublishedAt={item.latestPublishedAt} />
        </dd>
      </dl>
      <section aria-labelledby="records">
        <h2 id="records">{t.directory}</h2>
        {page.rows.length ? <DisclosureTable locale={locale} caption={`${item.code} ${t.directory}`} rows={page.rows} /> : <p className="empty">{t.noRecords}</p>}
        <Pagination locale={locale} basePath={links.item(locale, item.code)} totalCount={page.totalCount} pageSize={pageSize} previousCursor={page.previousCursor} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
      </section>
    </>
  );
}
