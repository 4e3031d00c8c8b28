/**
 * `npm run package`: builds the game and writes the release files into release/:
 *   open-skies-<version>-web.zip      dist/ zipped for itch.io (index.html at the root)
 *   open-skies-<version>-offline.html the whole game in one file that runs from file://
 * then checks the zip (itch.io's limits, relative URLs, no source maps, font subsets, size
 * budgets), prints the figures and exits non-zero with the reasons when a check fails.
 * `--no-build` packages the dist/ and dist-offline/ already there; `--only=web` or `--only=offline`
 * makes one of the two (the browser tests build what they test, once).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { checkRelease, releaseFile, type ReleaseFile } from './release-checks';
import { buildOfflineHtml, OFFLINE_OUT_DIR } from './offline-html';

const ROOT = resolve(import.meta.dirname ?? '.', '../..');
const OUT = join(ROOT, 'release');
// A fixed date inside the zip so the same build gives the same bytes.
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

export function readTree(dir: string): ReleaseFile[] {
  const out: ReleaseFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(releaseFile(relative(dir, full).split(sep).join('/'), readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

export function zipTree(files: ReleaseFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) {
    // Already-compressed formats are stored; text is deflated.
    const level = /\.(woff2|webm|mp3|ogg|png|jpe?g)$/.test(f.path) ? 0 : 9;
    entries[f.path] = [f.content, { level, mtime: ZIP_DATE }];
  }
  return zipSync(entries);
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

async function main(): Promise<number> {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const web = only !== 'offline';
  const offline = only !== 'web';
  if (!process.argv.includes('--no-build')) {
    const { build } = await import('vite');
    if (web) {
      console.log('Building the web release (dist/) …');
      await build({ root: ROOT, logLevel: 'warn' });
    }
    if (offline) {
      console.log(`Building the one-file release (${OFFLINE_OUT_DIR}/) …`);
      await build({ root: ROOT, logLevel: 'warn', mode: 'offline', build: { outDir: OFFLINE_OUT_DIR } });
    }
  }
  mkdirSync(OUT, { recursive: true });
  let failed = false;
  if (offline) {
    const html = buildOfflineHtml(join(ROOT, OFFLINE_OUT_DIR));
    const htmlPath = join(OUT, `open-skies-${version}-offline.html`);
    writeFileSync(htmlPath, html);
    console.log(`\n${relative(ROOT, htmlPath)}\n  one file, ${kB(Buffer.byteLength(html))}`);
  }
  if (web) failed = packageWeb(version);
  return failed ? 1 : 0;
}

/** Zips dist/, checks it and prints the figures; true when a check fails. */
function packageWeb(version: string): boolean {
  const files = readTree(join(ROOT, 'dist'));
  const zip = zipTree(files);
  const zipPath = join(OUT, `open-skies-${version}-web.zip`);
  writeFileSync(zipPath, zip);
  const report = checkRelease(files, zip.length);

  console.log(`\n${relative(ROOT, zipPath)}`);
  console.log(
    `  ${report.fileCount} files, ${kB(report.totalBytes)} extracted, zip ${kB(zip.length)} (budget 2,500 kB)`,
  );
  console.log(
    `  first load ${kB(report.firstLoad.gzipBytes)} gzip (budget 1,000 kB): ${report.firstLoad.files.join(', ')}`,
  );
  if (report.failures.length > 0) {
    console.error(`\nThe release fails ${report.failures.length} check(s):`);
    for (const f of report.failures) console.error(`  - ${f}`);
    return true;
  }
  console.log('\nAll release checks pass.');
  return false;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
