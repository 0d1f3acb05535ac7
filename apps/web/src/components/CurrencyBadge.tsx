import { itemCurrency } from '@xxgk/domain';
import { messages, type Locale } from '../i18n';

/** Whether a checklist item is up to date for its cadence (已按期更新 / 超期 / 尚未公开). */
export const CurrencyBadge = ({ locale, cadence, latestPublishedAt }: { locale: Locale; cadence?: string | null; latestPublishedAt?: string | null }) => {
  const currency = itemCurrency({ cadence, latestPublishedAt });
  return <span className={`badge ${currency}`}>{messages(locale).currency[currency]}</span>;
};
