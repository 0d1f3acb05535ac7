import Link from 'next/link';
import { messages } from '../../i18n';

/**
 * Shown for unknown addresses, codes and records, and for records that are not public: a
 * hidden record looks exactly like a missing one. (Next gives this boundary no params, so it
 * is bilingual.)
 */
export default function NotFound() {
  const zh = messages('zh').notFound;
  const en = messages('en').notFound;
  return (
    <>
      <h1>
        {zh.title} <span lang="en">/ {en.title}</span>
      </h1>
      <p>{zh.body}</p>
      <p lang="en">{en.body}</p>
      <p>
        <Link prefetch={false} href="/">{zh.back}</Link> · <Link prefetch={false} href="/en" lang="en">{en.back}</Link>
      </p>
    </>
  );
}
