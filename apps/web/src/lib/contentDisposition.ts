/**
 * `attachment` with a file name (RFC 6266): ASCII names as a quoted string; others also as
 * `filename*` in UTF-8 (RFC 8187), with an ASCII fallback for clients that ignore it.
 */
export const attachment = (filename: string) => {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === filename) return `attachment; filename="${filename}"`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};
