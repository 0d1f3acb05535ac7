import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';

/**
 * The site's operations (operations/*.graphql), addressable by the SHA-256 of their printed
 * text, as Apollo-style persisted queries. Third parties may still send their own queries.
 */
const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../operations');

export const loadPersistedOperations = (): Map<string, string> => {
  const operations = new Map<string, string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.graphql'))) {
    const document = parse(readFileSync(path.join(folder, file), 'utf8'));
    for (const definition of document.definitions) {
      const text = print({ kind: document.kind, definitions: [definition] } as typeof document);
      operations.set(createHash('sha256').update(text).digest('hex'), text);
    }
  }
  return operations;
};
