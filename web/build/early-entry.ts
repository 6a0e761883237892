// SPDX-License-Identifier: EUPL-1.2
import type { Plugin } from 'vite';

/**
 * Builds `entry` as an entry of its own and loads it from index.html with
 * `<script type="module" async>`, ahead of the app's entry (issue 12, LCP).
 *
 * Why: Vite joins every module script of index.html into one entry, and a module script runs
 * only once its whole import graph has arrived. The session restore and the landing page's
 * first query then waited for React, React Aria and the router to arrive and be evaluated
 * (about a second of main-thread time at the bench's 4× CPU slowdown), and the refresh's
 * answer waited behind that evaluation. As its own async entry, with a graph of a few small
 * chunks, it runs as soon as those have arrived. `main.tsx` imports the same module, so the
 * development server (which serves index.html as written) runs it too, and in the build it is
 * one module instance: it runs once, whichever script gets there first.
 */
export function earlyEntry(entry: string): Plugin {
  return {
    name: 'samrad:early-entry',
    apply: 'build',
    config() {
      return { build: { rollupOptions: { input: { index: 'index.html', early: entry } } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const early = chunks.find(
          (chunk) =>
            chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith(entry),
        );
        if (!early || early.type !== 'chunk') {
          throw new Error(`samrad:early-entry: no entry chunk built from ${entry}`);
        }
        return [
          ...early.imports.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head-prepend' as const,
          })),
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${early.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}
