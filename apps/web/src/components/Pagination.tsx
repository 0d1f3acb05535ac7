import Link from 'next/link';
import { fill, messages, type Locale } from '../i18n';
import { formatNumber } from '../lib/format';

/**
 * Cursor pagination (the gateway's cursors are stable while records are published):
 * "next" continues after the last row, "previous" reads backwards from the first.
 */
export const Pagination = ({
  locale,
  basePath,
  params = {},
  totalCount,
  pageSize,
  previousCursor,
  nextCursor,
  isFirstPage,
}: {
  locale: Locale;
  basePath: string;
  params?: Record<string, string | undefined>;
  totalCount: number;
  pageSize: number;
  previousCursor?: string | null;
  nextCursor?: string | null;
  isFirstPage: boolean;
}) => {
  const t = messages(locale).page;
  const href = (extra: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries({ ...params, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return query.size ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label={t.label} className="pagination">
      <ul>
        <li className="meta">{fill(t.summary, { count: formatNumber(locale, totalCount), size: pageSize })}</li>
        {!isFirstPage ? (
          <li>
            <Link prefetch={false} href={href({})}>{t.first}</Link>
          </li>
        ) : null}
        {!isFirstPage && previousCursor ? (
          <li>
            <Link prefetch={false} href={href({ before: previousCursor })} rel="prev">
              {t.previous}
            </Link>
          </li>
        ) : null}
        {nextCursor ? (
          <li>
            <Link prefetch={false} href={href({ after: nextCursor })} rel="next">
              {t.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};
