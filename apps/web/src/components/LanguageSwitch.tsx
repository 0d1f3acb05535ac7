'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '../i18n/locales';

/** Links to the same page in the other language (rendered on the server, so it works without JavaScript). */
export const LanguageSwitch = ({ locale, label, title }: { locale: Locale; label: string; title: string }) => {
  const pathname = usePathname() ?? '/';
  const path = pathname.replace(/^\/(zh|en)(?=\/|$)/, '') || '/';
  const href = locale === 'zh' ? `/en${path === '/' ? '' : path}` : path;
  return (
    <a href={href} hrefLang={locale === 'zh' ? 'en' : 'zh-CN'} lang={locale === 'zh' ? 'en' : 'zh-CN'} title={title} className="language-switch">
      {label}
    </a>
  );
};
