import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { findRepoRoot } from '@xxgk/config';

/**
 * The public site's operations, addressable by the SHA-256 of their text (Apollo-style
 * persisted queries). The manifest is generated with the site's typed client
 * (`npm run generate:client -w @xxgk/web`) and committed; third parties may still send
 * their own queries.
 */
export const persistedManifest = () => path.join(findRepoRoot(), 'apps/web/src/gql/persisted-documents.json');

export const loadPersistedOperations = (file = persistedManifest()): Map<string, string> => {
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
