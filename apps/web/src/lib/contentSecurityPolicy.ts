/**
 * The site's Content-Security-Policy. Scripts run only with this response's nonce (Next stamps
 * its own scripts with it) or when loaded by such a script ('strict-dynamic'); no inline script
 * without the nonce, no eval, no plug-ins, no foreign frames or form targets. Style sheets come
 * from the site or carry the nonce. Style attributes stay allowed (style-src-attr): rich text
 * from the CMS editor marks tables, lists, indents and strike-through with them, and a style
 * attribute cannot run code. Images are the site's own or data: URLs.
 */
export const contentSecurityPolicy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
