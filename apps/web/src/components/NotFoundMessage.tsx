import Link from 'next/link';
import { htmlLang, messages, type Locale } from '../i18n';
import { links } from '../lib/links';

/**
 * What a 404 page says, in the reader's language first and then in the other one (someone who
 * followed a wrong link may read either), each part marked with its language.
 */
export const NotFoundMessage = ({ locale }: { locale: Locale }) => {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const [first, second] = [messages(locale).notFound, messages(other).notFound];
  return (
    <>
      <h1>
        {first.title} <span lang={htmlLang[other]}>/ {second.title}</span>
      </h1>
      <p>{first.body}</p>
      <p lang={htmlLang[other]}>{second.body}</p>
      <p>
        <Link prefetch={false} href={links.home(locale)}>{first.back}</Link> ·{' '}
        <Link prefetch={false} href={links.home(other)} lang={htmlLang[other]}>{second.back}</Link>
      </p>
    </>
  );
};
