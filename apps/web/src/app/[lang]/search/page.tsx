import type { Metadata } from 'next';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { DisclosureTable } from '../../../components/DisclosureTable';
import { Pagination } from '../../../components/Pagination';
import { SearchBox } from '../../../components/SearchBox';
import { SearchFacetsDocument, type DisclosureFilter } from '../../../gql/graphql';
import { fill, messages, pick, type Locale } from '../../../i18n';
import { pageAlternates } from '../../../lib/alternates';
import { formatNumber, parenthesised } from '../../../lib/format';
import { GatewayInputError, query } from '../../../lib/gateway';
import { maxSearchLength, searchWords } from '../../../lib/highlight';
import { links } from '../../../lib/links';
import { localeOf } from '../../../lib/locale';
import { pagedDisclosures, pageSize } from '../../../lib/pagedDisclosures';
import { single } from '../../../lib/params';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search as the reader asked it, in the page's address (canonical and language versions). */
const searchParamsOf = (search: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(['q', 'keyword', 'category', 'department', 'year', 'channel', 'after', 'before'].map((name) => [name, name === 'q' ? single(search.q).trim().slice(0, maxSearchLength) : single(search[name])]));

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await localeOf(params);
  const asked = searchParamsOf(await searchParams);
  return { robots: { index: false, follow: true }, alternates: pageAlternates(locale, (language) => links.search(language, asked)) };
};

/** The gateway's messages read "中文 / English": show the reader's half. */
const inLanguage = (locale: Locale, message: string) => {
  const [zh, en] = message.split(' / ');
  return (locale === 'en' ? en : zh) ?? message;
};

/**
 * Full-text search (titles, index numbers, 文号 and bodies), narrowed by category, department,
 * year and channel, or by a keyword (the record page links each of its keywords here).
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const t = messages(locale);
  const search = await searchParams;
  const rawQuery = single(search.q).trim();
  const text = rawQuery.slice(0, maxSearchLength);
  const keyword = single(search.keyword).trim();
  const chosen = { category: single(search.category), department: single(search.department), academicYear: single(search.year), channel: single(search.channel) };
  const filter: DisclosureFilter = Object.fromEntries(Object.entries({ fullText: text, keyword, ...chosen }).filter(([, value]) => value));
  const hasCriteria = Object.keys(filter).length > 0;
  const facets = await query(SearchFacetsDocument);
  let results: Awaited<ReturnType<typeof pagedDisclosures>> | null = null;
  let problem: string | null = null;
  if (hasCriteria) {
    try {
      results = await pagedDisclosures({ filter, after: single(search.after) || undefined, before: single(search.before) || undefined, withBodyText: true });
    } catch (error) {
      if (!(error instanceof GatewayInputError)) throw error;
      problem = inLanguage(locale, error.message);
    }
  }
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{t.search.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const linkParams = { q: text, keyword, category: chosen.category, department: chosen.department, year: chosen.academicYear, channel: chosen.channel };
  return (
    <>
      <Breadcrumbs locale={locale} trail={[{ label: t.search.title }]} />
      <h1>{text || keyword ? `${t.search.title}${locale === 'zh' ? '：' : ': '}${text || fill(t.search.keywordTitle, { keyword })}` : t.search.title}</h1>
      <SearchBox locale={locale} defaultValue={text} label={t.search.query}>
        {/* A search refined from a keyword's results keeps the keyword (removed by the link in the status below). */}
        {keyword ? <input type="hidden" name="keyword" value={keyword} /> : null}
        <fieldset className="facets">
          <legend>{t.search.facets}</legend>
          {select('category', t.category, chosen.category, facets.checklist.map((c) => ({ value: c.code, label: pick(locale, c.name, c.nameEn) })))}
          {select('department', t.responsibleDepartment, chosen.department, facets.departments.map((d) => ({ value: d.code, label: pick(locale, d.name, d.nameEn) })))}
          {select('year', t.search.year, chosen.academicYear, facets.academicYears.map((y) => ({ value: y.label, label: `${y.label} ${parenthesised(locale, [formatNumber(locale, y.publicRecordCount)])}` })))}
          {select('channel', t.search.channel, chosen.channel, facets.channels.map((c) => ({ value: c.key, label: pick(locale, c.name, c.nameEn) })))}
        </fieldset>
      </SearchBox>
      <div role="status" aria-live="polite">
        {rawQuery.length > maxSearchLength ? <p className="notice">{t.search.tooLong}</p> : null}
        {keyword ? (
          <p>
            {fill(t.search.keywordFilter, { keyword })} <a href={links.search(locale, { ...linkParams, keyword: undefined })}>{t.search.keywordRemove}</a>
          </p>
        ) : null}
        {problem ? <p className="notice">{fill(t.search.invalid, { message: problem })}</p> : null}
        {!hasCriteria ? <p className="empty">{t.search.prompt}</p> : null}
        {results ? <p>{fill(t.search.results, { count: formatNumber(locale, results.totalCount) })}</p> : null}
      </div>
      {results && results.rows.length === 0 ? (
        <p className="empty">
          {t.search.empty} <a href={links.search(locale)}>{t.search.clear}</a>
        </p>
      ) : null}
      {results && results.rows.length > 0 ? (
        <>
          <DisclosureTable locale={locale} caption={t.search.title} rows={results.rows} matchWords={searchWords(text)} showItem />
          <Pagination
            locale={locale}
            basePath={links.search(locale)}
            params={linkParams}
            totalCount={results.totalCount}
            pageSize={pageSize}
            previousCursor={results.previousCursor}
            nextCursor={results.nextCursor}
            isFirstPage={results.isFirstPage}
          />
        </>
      ) : null}
    </>
  );
}
