import { headers } from 'next/headers';
import { NotFoundMessage } from '../../components/NotFoundMessage';
import { localeFromHeaders } from '../../lib/requestHeaders';

/**
 * Shown when a page finds out while rendering that its data is gone (a record withdrawn between
 * the proxy's check and the rendering); other 404s are answered by app/global-not-found.tsx.
 * Next gives this boundary no params: the language comes from the proxy's request header.
 */
export default async function NotFound() {
  return <NotFoundMessage locale={localeFromHeaders(await headers())} />;
}
