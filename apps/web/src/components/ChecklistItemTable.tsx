import Link from 'next/link';
import type { ChecklistDirectoryItemFragment } from '../gql/graphql';
import { messages, pick, type Locale } from '../i18n';
import { formatNumber } from '../lib/format';
import { links } from '../lib/links';
import { CurrencyBadge } from './CurrencyBadge';

/** Checklist items with their responsible departments and, where asked, their public records and currency. */
export const ChecklistItemTable = ({ locale, caption, items, showState = false }: { locale: Locale; caption: string; items: ChecklistDirectoryItemFragment[]; showState?: boolean }) => {
  const t = messages(locale);
  return (
    <div className="table-wrap">
      <table>
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
              <td>
                {item.code}{' '}
                <Link prefetch={false} href={links.item(locale, item.code)}>
                  {pick(locale, item.text, item.textEn)}
                </Link>
              </td>
              <td>{item.responsibleDepartment ? pick(locale, item.responsibleDepartment.name, item.responsibleDepartment.nameEn) : '—'}</td>
              {showState ? (
                <>
                  <td className="number">{formatNumber(locale, item.publicRecordCount)}</td>
                  <td>
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
