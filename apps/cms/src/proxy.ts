import { contentDisposition } from '@xxgk/http';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * Attachment downloads carry their file name (RFC 6266, with an RFC 8187 `filename*` for
 * Chinese names), so that a saved file keeps the name it was published under; they open in the
 * browser when it can show them.
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const encodedName = request.nextUrl.pathname.split('/').pop() ?? '';
  let fileName = encodedName;
  try {
    fileName = decodeURIComponent(encodedName);
  } catch {
    // a malformed escape: keep the name as it was sent
  }
  if (fileName) response.headers.set('content-disposition', contentDisposition(fileName, 'inline'));
  return response;
}

export const config = { matcher: ['/api/attachments/file/:name*'] };
