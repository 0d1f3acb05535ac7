/** `npm run generate:schema -w @xxgk/gateway`: writes schema.graphql (committed; a test fails when it drifts). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../src/printSchema';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
writeFileSync(file, printSortedSchema());
console.log(`Wrote ${file}`);
