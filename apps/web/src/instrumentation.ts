/**
 * Runs once when the site's server starts. Pages and gateway answers cached by an earlier run
 * may describe data that changed while the site was down (a record withdrawn, a database
 * restored): start with an empty cache so that nothing withdrawn is ever served again.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { rm } = await import('node:fs/promises');
  const path = await import('node:path');
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache']) {
    await rm(path.join(/*turbopackIgnore: true*/ process.cwd(), dir), { recursive: true, force: true });
  }
}
