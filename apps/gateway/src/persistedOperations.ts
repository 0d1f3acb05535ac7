import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * The public site's operations, addressable by the SHA-256 of their text (Apollo-style
 * persisted queries). The manifest is generated with the site's typed client
 * (`npm run generate:client -w @xxgk/web`), committed, and given to the gateway as an input
 * (GATEWAY_PERSISTED_OPERATIONS); third parties may still send their own queries.
 */
export const loadPersistedOperations = (file: string): Map<string, string> => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const operations = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const hash = id.replace(/^sha256:/, '');
    // A manifest edited by hand would let a hash stand for another query: refuse to start.
    if (createHash('sha256').update(text).digest('hex') !== hash) throw new Error(`Persisted operation ${id} in ${file} does not match its hash; regenerate the client.`);
    operations.set(hash, text);
  }
  return operations;
};
