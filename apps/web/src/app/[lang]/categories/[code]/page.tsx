import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '../../../../components/Breadcrumbs';
import { ChecklistItemTable } from '../../../../components/ChecklistItemTable';
import { DisclosureTable } from '../../../../components/DisclosureTable';
import { Pagination } from '../../../../components/Pagination';
import { messages, pick, type Locale } from '../../../../i18n';
import { pageAlternates, withQuery } from '../../../../lib/alternates';
import { findCategory } from '../../../../lib/checklist';
import { links } from '../../../../lib/links';
import { localeOf } from '../../../../lib/locale';
import { pagedDisclosures, pageSize } from '../../../../lib/pagedDisclosures';
import { decodeParam, single } from '../../../../lib/params';

type Props = { params: Promise<{ lang: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const category = await findCategory(decodeParam((await params).code));
  if (!category) return {};
  // A later page of the list is a page of its own (its cursor is part of its address).
  const { after, before } = await searchParams;
  const pathIn = (language: Locale) => withQuery(links.category(language, category.code), { after: single(after), before: single(before) });
  return { title: pick(locale, category.name, category.nameEn), alternates: pageAlternates(locale, pathIn, `/feeds/${category.code}.xml`) };
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
        <ChecklistItemTable locale={locale} caption={t.itemsInCategory} items={category.items} showState />
      </section>
      <section aria-labelledby="records">
        <h2 id="records">{t.directory}</h2>
        {page.rows.length ? <DisclosureTable locale={locale} caption={name} rows={page.rows} showItem /> : <p className="empty">{t.noRecords}</p>}
        <Pagination locale={locale} basePath={links.category(locale, category.code)} totalCount={page.totalCount} pageSize={pageSize} previousCursor={page.previousCursor} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
      </section>
    </>
  );
}
