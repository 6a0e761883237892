// SPDX-License-Identifier: EUPL-1.2
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the API's committed schema (src/graph/schema.gql): each feature writes its
// documents with `graphql(...)` next to the component, and the generated types land in
// src/graphql/ (committed; `npm run check` fails when they are stale).
const config: CodegenConfig = {
  schema: '../src/graph/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', LocalDate: 'string', ID: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
