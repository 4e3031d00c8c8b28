/**
 * The checks a release tree must pass before it is zipped for itch.io: a pure function over a
 * list of files (path inside the zip, size, content), so a unit test can feed it a fake tree.
 * itch.io's limits for an HTML game played in the browser: at most 1,000 files, paths of at
 * most 240 characters, at most 500 MB extracted, no file over 200 MB, index.html at the root.
 * The game runs from a sub-path on another origin, so no URL may be root-absolute; source maps
 * and unneeded font subsets are dead weight; size budgets keep the first load small.
 */
import { gzipSync, strFromU8, strToU8 } from 'fflate';

export interface ReleaseFile {
  /** Path inside the zip, '/'-separated, no leading slash. */
  path: string;
  size: number;
  content: Uint8Array;
}

export const ITCH_LIMITS = {
  maxFiles: 1000,
  maxPathChars: 240,
  maxTotalBytes: 500 * 1000 * 1000,
  maxFileBytes: 200 * 1000 * 1000,
} as const;

export const BUDGETS = {
  /** The zip itself. */
  zipBytes: 2.5 * 1000 * 1000,
  /** What a first visit downloads before the title screen answers, gzip as a host serves it. */
  firstLoadGzipBytes: 1000 * 1000,
} as const;

/** Font subsets the game's languages need: English (+ accented place names) and a Russian translation. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

export interface ReleaseReport {
  failures: string[];
  fileCount: number;
  totalBytes: number;
  zipBytes: number | null;
  firstLoad: { gzipBytes: number; files: string[] };
}

const TEXT = /\.(html|css|js|mjs|json|webmanifest|svg|txt)$/;
const COMPRESSIBLE = TEXT;
const AUDIO = /\.(webm|mp3|ogg|m4a|wav)$/;
const FONT = /\.(woff2?|ttf|otf|eot)$/;

const text = (f: ReleaseFile): string => strFromU8(f.content);
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Attribute URLs in HTML that are root-absolute or protocol-relative (break at a sub-path). */
function absoluteInHtml(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/\b(?:src|href|action|poster|data)\s*=\s*["']?(\/[^"'\s>]*)/gi))
    out.push(m[1]!);
  for (const m of src.matchAll(/url\(\s*["']?(\/[^"')]*)/gi)) out.push(m[1]!);
  return out;
}

function absoluteInCss(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/url\(\s*["']?(\/[^"')]*)/gi)) out.push(m[1]!);
  for (const m of src.matchAll(/@import\s+["'](\/[^"']*)/gi)) out.push(m[1]!);
  return out;
}

/**
 * In JS any string may start with '/', so only strings that address the release's own files
 * are URLs that would break: '/assets/…' (Vite's default base) or '/<a path in the tree>'.
 */
function absoluteInJs(src: string, paths: Set<string>): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/["'`](\/[^"'`\s]*)["'`]/g)) {
    const url = m[1]!;
    const path = url.replace(/^\/+/, '').split(/[?#]/)[0]!;
    if (url.startsWith('//') || path.startsWith('assets/') || paths.has(path)) out.push(url);
  }
  return out;
}

/** The subset named in a @fontsource-style file name (ibm-plex-sans-latin-ext-400-normal-HASH.woff2). */
export function fontSubset(path: string): string | null {
  const m = /-([a-z]+(?:-ext)?)-\d{3}-(?:normal|italic)/.exec(base(path));
  return m ? m[1]! : null;
}

/** Does a CSS unicode-range (or its absence) cover the letter A, i.e. will a Latin page fetch it? */
function coversLatin(range: string | undefined): boolean {
  if (!range) return true;
  return range.split(',').some((part) => {
    // U+0041, U+0000-00FF or a wildcard U+00?? (what minifiers write).
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    if (a === undefined) return false;
    const lo = parseInt(a.replace(/\?/g, '0'), 16);
    const hi = parseInt((b ?? a).replace(/\?/g, 'F'), 16);
    return lo <= 0x41 && hi >= 0x41;
  });
}

/**
 * The files a first visit downloads: index.html, what it links, their static imports, the CSS
 * fonts whose unicode-range covers Latin text, and the data and audio the scripts name (one audio
 * file per sprite: the format listed first, which a current browser plays). Dynamic imports, the
 * service worker and the manifest's icons are fetched later and do not count.
 */
export function firstLoadFiles(files: ReleaseFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const html = byPath.get('index.html');
  if (!html) return [];
  const seen = new Set<string>(['index.html']);
  const queue: ReleaseFile[] = [html];
  const audio = new Map<string, { file: ReleaseFile; at: number }>();
  const add = (f: ReleaseFile | undefined): void => {
    if (!f || seen.has(f.path)) return;
    seen.add(f.path);
    // The manifest's icons are fetched when the game is installed, not on a visit.
    if (TEXT.test(f.path) && !f.path.endsWith('.webmanifest')) queue.push(f);
  };
  while (queue.length > 0) {
    const from = queue.shift()!;
    const src = text(from);
    for (const f of files) {
      if (seen.has(f.path) || !src.includes(base(f.path))) continue;
      const name = base(f.path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (from.path.endsWith('.html')) {
        // Scripts, modulepreloads, stylesheets, manifest and icons linked by the page.
        if (new RegExp(`(?:src|href)\\s*=\\s*["']?[^"'\\s>]*${name}`).test(src)) add(f);
      } else if (/\.(m?js)$/.test(f.path)) {
        if (from.path.endsWith('.js') && new RegExp(`(?:from|import)\\s*["'][^"']*${name}["']`).test(src))
          add(f);
      } else if (/\.css$/.test(f.path)) {
        if (from.path.endsWith('.css')) add(f);
      } else if (FONT.test(f.path)) {
        const face = src.split('@font-face').find((block) => block.includes(base(f.path)));
        if (face && coversLatin(/unicode-range\s*:\s*([^;}]+)/i.exec(face)?.[1])) add(f);
      } else if (AUDIO.test(f.path)) {
        // One sprite in several formats: Howler plays the first one listed that the browser can.
        const key = base(f.path).replace(/-[\w-]{8}\.\w+$/, '');
        const at = src.indexOf(base(f.path));
        const prev = audio.get(key);
        if (!prev || at < prev.at) audio.set(key, { file: f, at });
      } else {
        add(f);
      }
    }
  }
  for (const { file } of audio.values()) seen.add(file.path);
  return [...seen].sort();
}

export function gzipBytes(f: ReleaseFile): number {
  return COMPRESSIBLE.test(f.path) ? gzipSync(f.content, { level: 9, mtime: 0 }).length : f.size;
}

/** Runs every check; `zipBytes` is the size of the zip when one was made. */
export function checkRelease(files: ReleaseFile[], zipBytes: number | null = null): ReleaseReport {
  const failures: string[] = [];
  const paths = new Set(files.map((f) => f.path));
  const totalBytes = files.reduce((n, f) => n + f.size, 0);

  if (files.length > ITCH_LIMITS.maxFiles)
    failures.push(`itch.io: ${files.length} files, more than ${ITCH_LIMITS.maxFiles}`);
  if (totalBytes > ITCH_LIMITS.maxTotalBytes)
    failures.push(`itch.io: ${totalBytes} bytes extracted, more than ${ITCH_LIMITS.maxTotalBytes}`);
  if (!paths.has('index.html')) failures.push('itch.io: no index.html at the root of the zip');

  for (const f of files) {
    if (f.path.length > ITCH_LIMITS.maxPathChars)
      failures.push(
        `itch.io: path of ${f.path.length} characters (max ${ITCH_LIMITS.maxPathChars}): ${f.path}`,
      );
    if (f.size > ITCH_LIMITS.maxFileBytes)
      failures.push(`itch.io: ${f.path} is ${f.size} bytes, more than ${ITCH_LIMITS.maxFileBytes}`);
    if (f.path.startsWith('/') || f.path.split('/').includes('..'))
      failures.push(`zip: path escapes the root: ${f.path}`);
    if (/\.map$/.test(f.path)) failures.push(`source map shipped: ${f.path}`);
    if (/\.(m?js|css)$/.test(f.path) && /[#@]\s*sourceMappingURL=/.test(text(f)))
      failures.push(`source map reference in ${f.path}`);

    const abs = f.path.endsWith('.html')
      ? absoluteInHtml(text(f))
      : f.path.endsWith('.css')
        ? absoluteInCss(text(f))
        : /\.m?js$/.test(f.path)
          ? absoluteInJs(text(f), paths)
          : [];
    for (const url of abs) failures.push(`root-absolute URL ${url} in ${f.path} (breaks at a sub-path)`);

    if (FONT.test(f.path)) {
      if (!f.path.endsWith('.woff2'))
        failures.push(`font not woff2 (woff2 serves every supported browser): ${f.path}`);
      const subset = fontSubset(f.path);
      if (subset !== null && !(FONT_SUBSETS as readonly string[]).includes(subset))
        failures.push(`font subset '${subset}' no language of the game needs: ${f.path}`);
    }
  }

  const first = firstLoadFiles(files);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const firstGzip = first.reduce((n, p) => n + gzipBytes(byPath.get(p)!), 0);
  if (firstGzip > BUDGETS.firstLoadGzipBytes)
    failures.push(`budget: first load is ${firstGzip} bytes gzip, more than ${BUDGETS.firstLoadGzipBytes}`);
  if (zipBytes !== null && zipBytes > BUDGETS.zipBytes)
    failures.push(`budget: zip is ${zipBytes} bytes, more than ${BUDGETS.zipBytes}`);

  return {
    failures,
    fileCount: files.length,
    totalBytes,
    zipBytes,
    firstLoad: { gzipBytes: firstGzip, files: first },
  };
}

/** A file for tests and tools: text or bytes. */
export function releaseFile(path: string, content: string | Uint8Array): ReleaseFile {
  const bytes = typeof content === 'string' ? strToU8(content) : content;
  return { path, size: bytes.length, content: bytes };
}
