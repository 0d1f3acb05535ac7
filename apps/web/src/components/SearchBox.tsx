import type { ReactNode } from 'react';
import { messages, type Locale } from '../i18n';
import { maxSearchLength } from '../lib/highlight';
import { links } from '../lib/links';

/** A plain GET form (search works without JavaScript); the search page adds its facets as children. */
export const SearchBox = ({ locale, defaultValue = '', label, children }: { locale: Locale; defaultValue?: string; label?: string; children?: ReactNode }) => {
  const t = messages(locale);
  return (
    <form role="search" action={links.search(locale)} method="get">
      <div className="search-box">
        <label htmlFor="q" className="visually-hidden">
          {label ?? t.searchLabel}
        </label>
        <input id="q" type="search" name="q" defaultValue={defaultValue} placeholder={t.searchPlaceholder} maxLength={maxSearchLength} autoComplete="off" />
        <button type="submit">{t.searchButton}</button>
      </div>
      {children}
    </form>
  );
};
