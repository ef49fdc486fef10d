import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the dashboard: every `graphql(...)` document under src/ is checked
 * against the gateway's API schema (src/gql/schema.graphql, derived from the committed
 * supergraph by scripts/api-schema.ts) and typed; run through scripts/codegen.ts, which adds the
 * documents it generates from schema/departments.json (src/gql/departments.graphql.ts, excluded
 * here with the rest of src/gql and given from a scratch copy, so that `--check` writes nothing).
 */
const config: CodegenConfig = {
  schema: 'src/gql/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // src/gql/persisted-documents.json: sha256 of each operation's text → the text. The
        // documents keep only their hash; the client sends hash and text, Apollo's APQ format.
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
