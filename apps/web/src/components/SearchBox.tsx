import { messages, type Locale } from '../i18n';
import { links } from '../lib/links';

/** A plain GET form: search works without JavaScript. */
export const SearchBox = ({ locale, defaultValue = '' }: { locale: Locale; defaultValue?: string }) => {
  const t = messages(locale);
  return (
    <form role="search" action={links.search(locale)} method="get" className="search-box">
      <label htmlFor="q" className="visually-hidden">
        {t.searchLabel}
      </label>
      <input id="q" type="search" name="q" defaultValue={defaultValue} placeholder={t.searchPlaceholder} maxLength={100} autoComplete="off" />
      <button type="submit">{t.searchButton}</button>
    </form>
  );
};
