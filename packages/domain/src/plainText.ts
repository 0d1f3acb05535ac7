/**
 * The plain text of a rich-text body as the CMS stores it (a Lexical editor state): text nodes
 * joined, top-level blocks on their own lines. Kept beside each record for full-text search,
 * and used for feeds and search snippets.
 */
const textOf = (node: unknown): string => {
  if (!node || typeof node !== 'object') return '';
  const { text, children } = node as { text?: unknown; children?: unknown[] };
  if (typeof text === 'string') return text;
  return (children ?? []).map(textOf).join((node as { type?: string }).type === 'root' ? '\n' : '');
};

export const lexicalPlainText = (body: unknown): string => textOf((body as { root?: unknown } | null | undefined)?.root).trim();
