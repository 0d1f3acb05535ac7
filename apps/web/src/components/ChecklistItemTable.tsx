import Link from 'next/link';
import type { ChecklistDirectoryItemFragment } from '../gql/graphql';
import { messages, pick, type Locale } from '../i18n';
import { formatNumber } from '../lib/format';
import { links } from '../lib/links';
import { CurrencyBadge } from './CurrencyBadge';

/**
 * Checklist items with their responsible departments and, where asked, their public records and
 * currency; cards under 600 px like the record tables (globals.css, .card-table).
 */
export const ChecklistItemTable = ({ locale, caption, items, showState = false }: { locale: Locale; caption: string; items: ChecklistDirectoryItemFragment[]; showState?: boolean }) => {
  const t = messages(locale);
  return (
    <div className="table-wrap">
      <table className="card-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.responsibleDepartment}</th>
            {showState ? (
              <>
                <th scope="col" className="number">
                  {t.records}
                </th>
                <th scope="col">{t.cadence}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td className="card-title">
                {item.code}{' '}
                <Link prefetch={false} href={links.item(locale, item.code)}>
                  {pick(locale, item.text, item.textEn)}
                </Link>
              </td>
              <td data-label={t.responsibleDepartment}>{item.responsibleDepartment ? pick(locale, item.responsibleDepartment.name, item.responsibleDepartment.nameEn) : '—'}</td>
              {showState ? (
                <>
                  <td className="number" data-label={t.recordCount}>
                    {formatNumber(locale, item.publicRecordCount)}
                  </td>
                  <td data-label={t.cadence}>
                    <CurrencyBadge locale={locale} cadence={item.cadence} latestPublishedAt={item.latestPublishedAt} />
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
