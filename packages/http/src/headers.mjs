// @ts-check
/**
 * `Content-Disposition` with a file name (RFC 6266): an ASCII name as a quoted string; any other
 * name also as `filename*` in UTF-8 (RFC 8187), with an ASCII fallback for clients that ignore it.
 * @param {string} filename
 * @param {'attachment' | 'inline'} [disposition]
 */
export const contentDisposition = (filename, disposition = 'attachment') => {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === filename) return `${disposition}; filename="${filename}"`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

/** A fresh, unguessable Content-Security-Policy nonce for one response (128 random bits, base64). */
export const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
