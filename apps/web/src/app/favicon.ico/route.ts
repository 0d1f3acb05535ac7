import { readFile } from 'node:fs/promises';
import { connection } from 'next/server';
import { cacheableResponse } from '../../lib/httpCache';

// The page's <link rel="icon"> points at app/icon.svg; browsers and crawlers that ask for
// /favicon.ico anyway get the same picture (browsers go by its content type, not by the name).
let icon: Promise<Buffer> | undefined;
const readIcon = () => (icon ??= readFile(new URL('../icon.svg', import.meta.url)));

/** The site icon, kept for a day: it changes only with a new release. */
export async function GET(request: Request) {
  await connection();
  return cacheableResponse(request, new Uint8Array(await readIcon()), { contentType: 'image/svg+xml', cacheControl: 'public, max-age=86400' });
}
