import Link from 'next/link';
import { highlight, snippet } from '../lib/highlight';
import type { DisclosureListRow } from '../lib/pagedDisclosures';
import { messages, pick, type Locale } from '../i18n';
import { formatDate } from '../lib/format';
import { links } from '../lib/links';

/** Search matches in <mark>; React escapes every part. */
const Highlighted = ({ text, words }: { text: string; words: string[] }) => (
  <>{highlight(text, words).map((part, i) => (part.isMatch ? <mark key={i}>{part.text}</mark> : part.text))}</>
);

/** Where the words occur in the body, for search results. */
const BodySnippet = ({ text, words }: { text?: string; words: string[] }) => {
  const excerpt = text && words.length ? snippet(text, words) : null;
  return excerpt ? (
    <p className="snippet">
      <Highlighted text={excerpt} words={words} />
    </p>
  ) : null;
};

/**
 * The 信息公开目录 columns: 索引号, 名称, 生成日期, 责任部门, 有效性 (and the 文号 under the title
 * when the query asked for it: search results). One semantic table for every screen: under
 * 600 px the stylesheet lays each row out as a card and labels its cells from `data-label`
 * (generated content with empty alternative text, so screen readers hear the headers only once).
 */
export const DisclosureTable = ({
  locale,
  caption,
  rows,
  matchWords = [],
  showItem = false,
}: {
  locale: Locale;
  caption: string;
  rows: DisclosureListRow[];
  matchWords?: string[];
  showItem?: boolean;
}) => {
  const t = messages(locale);
  return (
    <div className="table-wrap">
      <table className="card-table record-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.indexNo}</th>
            <th scope="col">{t.table.title}</th>
            {showItem ? <th scope="col">{t.table.item}</th> : null}
            <th scope="col">{t.table.formedAt}</th>
            <th scope="col">{t.table.department}</th>
            <th scope="col">{t.table.validity}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="index-no" data-label={t.table.indexNo}>
                <Highlighted text={row.indexNo} words={matchWords} />
              </td>
              <td className="card-title">
                <Link prefetch={false} href={links.record(locale, row.id)}>
                  <Highlighted text={row.title} words={matchWords} />
                </Link>
                {row.documentNo ? (
                  <span className="document-no">
                    {t.record.documentNo}
                    {locale === 'zh' ? '：' : ': '}
                    <Highlighted text={row.documentNo} words={matchWords} />
                  </span>
                ) : null}
                <BodySnippet text={row.bodyText} words={matchWords} />
              </td>
              {showItem ? (
                <td data-label={t.table.item}>{row.checklistItem ? <Link prefetch={false} href={links.item(locale, row.checklistItem.code)}>{row.checklistItem.code}</Link> : '—'}</td>
              ) : null}
              <td data-label={t.table.formedAt}>
                <time dateTime={row.formedAt}>{formatDate(locale, row.formedAt)}</time>
              </td>
              <td data-label={t.table.department}>{pick(locale, row.department.name, row.department.nameEn)}</td>
              <td data-label={t.table.validity}>{row.validity === 'REPEALED' ? <span className="badge repealed">{t.validity.REPEALED}</span> : t.validity.VALID}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
