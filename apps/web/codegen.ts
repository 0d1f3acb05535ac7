import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client is generated from the gateway's committed SDL and this app's operations;
 * `persisted-documents.json` (SHA-256 → operation) is what the gateway accepts by hash.
 */
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', File: 'File' },
        documentMode: 'string',
      },
    },
  },
};

export default config;
