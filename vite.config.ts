import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { releasePlugins } from './src/build/vite-release.js';

// base './' so the built game runs from any sub-path (itch.io serves from one).
export default defineConfig({
  base: './',
  // Service worker + manifest, build id, icons, and the one-file (mode 'offline') build.
  plugins: [
    ...releasePlugins(),
    {
      // The dev server injects CSS as <style> tags; the built game (and its CSP) does not.
      name: 'open-skies-dev-csp',
      apply: 'serve',
      transformIndexHtml: (html: string) =>
        html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    },
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Phaser changes only with its version: a chunk of its own stays cached.
            { name: 'phaser', test: /node_modules[\\/]phaser/, priority: 2 },
            // Everything else the first screen loads, in one file: the automatic split made
            // eight small files, which gzip worse than one.
            { name: 'game', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    // The default report, then the five slowest files and a plain 'N passed, N failed' line.
    reporters: ['default', './tests/helpers/slowest-files.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          // Files share a worker's module cache (no file leaves state behind: the suite passes
          // in shuffled file orders), and at least two workers run even on a 2-core machine,
          // where Vitest would otherwise start one: 128 s became 47 s here.
          isolate: false,
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One file at a time (the machine is CPU-bound: two at once gained 6 %), in one worker
          // that keeps the helpers loaded between files.
          fileParallelism: false,
          isolate: false,
          // One Chromium for the whole run (each file used to launch its own); each file's
          // contexts close when it ends.
          globalSetup: ['./tests/helpers/chromium-setup.ts'],
          setupFiles: ['./tests/helpers/e2e-setup.ts'],
        },
      },
    ],
  },
});
