import { NextResponse, type NextRequest } from 'next/server';

/**
 * Attachment downloads carry their file name (RFC 6266 with an RFC 5987 `filename*` for
 * Chinese names, and an ASCII fallback), so that a saved file keeps the name it was published
 * under; they open in the browser when it can show them.
 */
export const contentDisposition = (fileName: string) => {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const encodedName = request.nextUrl.pathname.split('/').pop() ?? '';
  let fileName = encodedName;
  try {
    fileName = decodeURIComponent(encodedName);
  } catch {
    // a malformed escape: keep the name as it was sent
  }
  if (fileName) response.headers.set('content-disposition', contentDisposition(fileName));
  return response;
}

export const config = { matcher: ['/api/attachments/file/:name*'] };
