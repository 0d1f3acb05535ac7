// Characters XML 1.0 forbids anywhere (C0 controls other than tab and line breaks, U+FFFE/U+FFFF,
// lone surrogates): one of them in a title would make the whole feed or sitemap unreadable.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content and attributes. */
export const escapeXml = (text: string) =>
  text.replace(notXml, '').replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char);

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
