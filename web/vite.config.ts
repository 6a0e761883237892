// SPDX-License-Identifier: EUPL-1.2
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { earlyEntry } from './build/early-entry';
import { firstLoadChunks } from './build/first-load-chunks';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents';
import { reactAriaLocaleCheck } from './build/react-aria-locale-check';

// `npm run dev:web`: Vite with hot reload on :5173, proxying the API (`npm run dev` on :3000).
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  // Documents are inlined where used, so each lazy page carries its own (see the plugin).
  // React Aria's locale check is rewritten so the first load does not pay for ICU's locale list.
  // The session restore and the landing page's first query are an early entry of their own,
  // and the first load comes in a few files rather than thirty (build/first-load-chunks.ts).
  plugins: [
    inlineGraphqlDocuments({ sourceRoot: 'src' }),
    reactAriaLocaleCheck(),
    earlyEntry('src/early-boot.ts'),
    react(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: firstLoadChunks('src/early-boot.ts'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/auth': { target: api },
      '/unsubscribe': { target: api },
      '/exports': { target: api },
    },
  },
  test: { include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'], environment: 'node' },
});
