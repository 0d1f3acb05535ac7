/**
 * The site's server keeps rendered pages (pageCache.mjs beside server.mjs); this forgets them
 * when public data change. Outside that server (next dev) there is nothing to clear.
 */
type PageCache = { clear: () => void };

export const forgetKeptPages = () => ((globalThis as Record<symbol, unknown>)[Symbol.for('xxgk.pageCache')] as PageCache | undefined)?.clear();
