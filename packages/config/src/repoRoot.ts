import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The monorepo root: the nearest folder upwards from the working directory whose package.json
 * declares workspaces. Every app resolves relative paths against it, so the CMS, seeds, tests
 * and later the gateway open the same database file whatever folder they run from.
 */
export const findRepoRoot = (start: string = process.cwd()): string => {
  // The ignore comment stops Next from tracing the whole repository into the site's build output.
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(/*turbopackIgnore: true*/ start);
  }
};
