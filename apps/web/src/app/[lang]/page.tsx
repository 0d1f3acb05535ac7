import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactList } from '../../components/ContactList';
import { DisclosureTable } from '../../components/DisclosureTable';
import { SearchBox } from '../../components/SearchBox';
import { StaleDataNotice } from '../../components/StaleDataNotice';
import { ColumnHomeDocument } from '../../gql/graphql';
import { fill, localePath, messages, pick, type Locale } from '../../i18n';
import { pageAlternates } from '../../lib/alternates';
import { formatDate, formatNumber, parenthesised } from '../../lib/format';
import { query } from '../../lib/gateway';
import { links } from '../../lib/links';
import { localeOf } from '../../lib/locale';
import { siteFrame } from '../../lib/siteFrame';

const itemSummary = (locale: Locale, count: number, latest?: string | null) => {
  const t = messages(locale);
  return parenthesised(locale, [`${formatNumber(locale, count)} ${t.records}`, latest ? `${t.lastUpdated} ${formatDate(locale, latest)}` : null]);
};

type Props = { params: Promise<{ lang: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({ alternates: pageAlternates(await localeOf(params), links.home) });

/** 信息公开专栏 home: guide summary, the directory of 10 categories × 50 items, latest records, search. */
export default async function ColumnHome({ params }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const [{ checklist, disclosures }, { institution, guide }] = await Promise.all([query(ColumnHomeDocument, { latest: 10 }), siteFrame()]);
  return (
    <>
      <StaleDataNotice locale={locale} />
      <h1>
        {pick(locale, institution.name, institution.nameEn)} {t.columnTitle}
      </h1>
      <SearchBox locale={locale} />
      <section aria-labelledby="guide-summary">
        <h2 id="guide-summary">{t.guideSummary}</h2>
        <ContactList locale={locale} guide={guide} />
        <p>
          <Link prefetch={false} href={localePath(locale, '/guide')}>{t.guideMore}</Link>
        </p>
      </section>
      <section aria-labelledby="directory">
        <h2 id="directory">{t.directory}</h2>
        <p className="meta">
          {t.directoryIntro} {fill(t.allRecords, { count: formatNumber(locale, disclosures.totalCount) })}
        </p>
        {/* Each category's items fold away under a native <details> (closed in the HTML, so a phone
            shows the 10 categories at a glance, with or without JavaScript); from 600 px on the
            stylesheet shows every item and hides the toggle where the browser can style
            ::details-content, and elsewhere the toggle still opens them. */}
        <ul className="directory">
          {checklist.map((category) => (
            <li key={category.code}>
              <h3 id={`category-${category.code}`}>
                <Link prefetch={false} href={links.category(locale, category.code)}>
                  {category.seq}. {pick(locale, category.name, category.nameEn)}
                </Link>
              </h3>
              <details className="category-items">
                <summary aria-describedby={`category-${category.code}`}>
                  {fill(t.directorySummary, {
                    items: formatNumber(locale, category.items.length),
                    records: formatNumber(locale, category.items.reduce((sum, item) => sum + item.publicRecordCount, 0)),
                  })}
                </summary>
                <ol>
                  {category.items.map((item) => (
                    <li key={item.code} value={item.seq}>
                      <Link prefetch={false} href={links.item(locale, item.code)}>{pick(locale, item.text, item.textEn)}</Link>{' '}
                      <span className="meta">{itemSummary(locale, item.publicRecordCount, item.latestPublishedAt)}</span>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">{t.latest}</h2>
        <DisclosureTable locale={locale} caption={t.latest} rows={disclosures.edges.map((edge) => edge.node)} showItem />
      </section>
    </>
  );
}
