/**
 * The release parts of the Vite build, kept out of vite.config.ts so it stays one line there:
 *  - a build id (`__OPEN_SKIES_BUILD__`) the page compares with the last one it saw, to say
 *    "updated" on the first visit after a new build;
 *  - the web app manifest's icons (assets/icons, made by `npm run release-images`) and a favicon;
 *  - the service worker (vite-plugin-pwa 2 / Workbox 7, which supports Vite 8) precaching the
 *    whole game, so after one visit it starts and plays with the network off, at any sub-path;
 *  - mode 'offline' (`vite build --mode offline`): no service worker, one classic IIFE script
 *    with every import and asset inlined, for the one-file build (see offline-html.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ROOT = resolve(import.meta.dirname ?? '.', '../..');
const ICONS = ['icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];
const WATER = '#0f1b2a';

/** version+commit: a new build from a new commit is a new id. */
function buildId(): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${version}+${sha}`;
  } catch {
    return version;
  }
}

function buildInfo(): Plugin {
  return {
    name: 'open-skies:build-info',
    config: () => ({ define: { __OPEN_SKIES_BUILD__: JSON.stringify(buildId()) } }),
  };
}

/** Emits the icons next to index.html and links the favicon (a missing one is a 404 on every load). */
function icons(): Plugin {
  return {
    name: 'open-skies:icons',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'offline',
    generateBundle() {
      for (const name of ICONS)
        this.emitFile({
          type: 'asset',
          fileName: `icons/${name}`,
          source: readFileSync(join(ROOT, 'assets/icons', name)),
        });
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'icon', href: './icons/icon.svg', type: 'image/svg+xml' },
        injectTo: 'head',
      },
      { tag: 'meta', attrs: { name: 'theme-color', content: WATER }, injectTo: 'head' },
    ],
  };
}

/**
 * The title screen's two faces (IBM Plex Sans 400 and 600, Latin), asked for with the scripts
 * instead of once the stylesheet has been parsed and laid out: the first layout finds them (no
 * second layout when they swap in), and the title answers about 20–60 ms sooner (the browser
 * benchmark's boot). The offline build inlines its fonts.
 */
const TITLE_FONTS = /^assets\/ibm-plex-sans-latin-(400|600)-normal-[\w-]+\.woff2$/;

function preloadTitleFonts(): Plugin {
  return {
    name: 'open-skies:preload-title-fonts',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'offline',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((f) => TITLE_FONTS.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

/** One self-contained classic script: module scripts do not run from file://. */
function offlineMode(stubOnly = false): Plugin {
  let offline = stubOnly;
  return {
    name: 'open-skies:offline-mode',
    config(config, env) {
      if (env.mode !== 'offline' || stubOnly) return;
      const output = config.build?.rolldownOptions?.output;
      // Chunk splitting (the phaser chunk) cannot apply to a single inlined script.
      if (output && !Array.isArray(output)) delete output.codeSplitting;
      return {
        base: './',
        build: {
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          modulePreload: false,
          chunkSizeWarningLimit: 10_000, // one script holds Phaser, the map and the sounds
          rolldownOptions: { output: { format: 'iife' } }, // one chunk: Vite 8 turns code splitting off for iife
        },
      };
    },
    // An IIFE has no import.meta: the page's own address is the base for what is left of
    // `new URL(asset, import.meta.url)` once Vite has inlined the asset as a data: URL.
    transform: {
      order: 'post',
      handler: (code) =>
        offline && !stubOnly && code.includes('import.meta.url')
          ? code.replaceAll('import.meta.url', 'document.baseURI')
          : null,
    },
    // No service worker from file://: the registration becomes a no-op.
    resolveId: (id, _importer, _opts) =>
      id === 'virtual:pwa-register' && offline ? '\0pwa-register-off' : null,
    load: (id) =>
      id === '\0pwa-register-off' ? 'export function registerSW() { return async () => {}; }' : null,
    configResolved(config) {
      offline = stubOnly || config.mode === 'offline';
    },
  };
}

function serviceWorker(): Plugin[] {
  const plugins = VitePWA({
    registerType: 'prompt', // a new worker waits until the game's tabs close: no reload mid-mission
    injectRegister: false, // src/ui/release-note.ts registers it (production only)
    manifest: {
      id: './',
      name: 'Open Skies',
      short_name: 'Open Skies',
      description: 'Plan unarmed observation flights under the Treaty on Open Skies (1992–2021).',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'landscape',
      background_color: WATER,
      theme_color: WATER,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,woff2,webm,mp3,png,svg,webmanifest}'],
      maximumFileSizeToCacheInBytes: 4 * 1000 * 1000, // phaser's chunk is 1.4 MB
      // ?renderer=canvas, ?observe=RUS …: every query of the page is the same cached index.html.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      navigateFallback: null,
      sourcemap: false,
    },
  }).flat() as Plugin[];
  // Not in the offline one-file build (a file:// page has no service worker).
  for (const p of plugins) {
    const apply = p.apply;
    p.apply = (config, env) =>
      env.mode !== 'offline' &&
      (apply === undefined || (typeof apply === 'function' ? apply(config, env) : apply === env.command));
  }
  return plugins;
}

export function releasePlugins(): PluginOption[] {
  // Vitest: no service worker; the registration module is the no-op one.
  if (process.env.VITEST) return [buildInfo(), offlineMode(true)];
  return [buildInfo(), icons(), preloadTitleFonts(), offlineMode(), ...serviceWorker()];
}
