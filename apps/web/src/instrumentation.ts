/** Runs once when the site's server starts: begin with an empty page cache (see lib/clearPageCache). */
export async function register() {
  // Node-only code is imported only in the Node runtime (Next also compiles this file for the edge).
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./lib/clearPageCache')).clearPageCache();
}
