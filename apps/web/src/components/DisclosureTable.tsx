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

/** The 信息公开目录 columns: 索引号, 名称, 生成日期, 责任部门, 有效性. */
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
      <table>
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
              <td className="index-no">
                <Highlighted text={row.indexNo} words={matchWords} />
              </td>
              <td>
                <Link prefetch={false} href={links.record(locale, row.id)}>
                  <Highlighted text={row.title} words={matchWords} />
                </Link>
                <BodySnippet text={row.bodyText} words={matchWords} />
              </td>
              {showItem ? <td>{row.checklistItem ? <Link prefetch={false} href={links.item(locale, row.checklistItem.code)}>{row.checklistItem.code}</Link> : '—'}</td> : null}
              <td>
                <time dateTime={row.formedAt}>{formatDate(locale, row.formedAt)}</time>
              </td>
              <td>{pick(locale, row.department.name, row.department.nameEn)}</td>
              <td>{row.validity === 'REPEALED' ? <span className="badge repealed">{t.validity.REPEALED}</span> : t.validity.VALID}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
