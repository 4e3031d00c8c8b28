/**
 * The one-file build for a USB stick: takes `vite build --mode offline` (one IIFE script and one
 * stylesheet, every asset already inlined as a data: URL by vite-release.ts's offline mode) and
 * folds them into index.html. Module scripts do not run from file://, so the script becomes a
 * classic inline script at the end of <body>, run on DOMContentLoaded as a module would be. The page's Content-Security-Policy is carried over with 'self'
 * replaced by hashes of the inlined script and style, and data:/blob: where the inlined assets
 * now come from.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFFLINE_OUT_DIR = 'dist-offline';

/** The policy when index.html carries none. */
const DEFAULT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

const CSP_META = /<meta\b[^>]*\bhttp-equiv=["']Content-Security-Policy["'][^>]*>\s*/i;

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The web policy made fit for one file: 'self' becomes the inlined code's hashes and data:/blob:. */
export function offlinePolicy(webPolicy: string, scriptHash: string, styleHash: string): string {
  const directives = new Map<string, string[]>();
  for (const part of webPolicy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const withoutSelf = (name: string): string[] =>
    (directives.get(name) ?? directives.get('default-src') ?? []).filter(
      (v) => v !== "'self'" && v !== "'none'" && !v.startsWith("'sha"),
    );
  directives.set('script-src', [
    ...withoutSelf('script-src').filter((v) => v !== "'unsafe-inline'"),
    scriptHash,
  ]);
  const style = withoutSelf('style-src');
  // A hash switches 'unsafe-inline' off; keep the web policy's choice when it allowed inline styles.
  directives.set('style-src', style.includes("'unsafe-inline'") ? style : [...style, styleHash]);
  for (const name of ['img-src', 'media-src', 'font-src', 'connect-src']) {
    const values = withoutSelf(name);
    directives.set(name, [...new Set([...values, 'data:', 'blob:'])]);
  }
  directives.delete('manifest-src');
  directives.delete('worker-src');
  // A file:// page has no 'self' worth trusting: the rest of the policy allows nothing but itself.
  for (const [name, values] of directives) {
    const kept = values.filter((v) => v !== "'self'");
    directives.set(name, kept.length > 0 ? kept : ["'none'"]);
  }
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** Reads the offline Vite build in `dir` and returns the one HTML file. */
export function buildOfflineHtml(dir: string): string {
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const read = (href: string): string => readFileSync(join(dir, href), 'utf8');

  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>\s*/g)];
  if (scripts.length !== 1)
    throw new Error(
      `${dir}/index.html: expected one script, found ${scripts.length} (is it the --mode offline build?)`,
    );
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>\s*/g)];
  if (styles.length > 1)
    throw new Error(`${dir}/index.html: expected at most one stylesheet, found ${styles.length}`);

  // "</script" inside the code would end the element early. A module script runs once the
  // document is parsed (readyState 'interactive', when Phaser boots at once); a classic one at
  // the end of <body> runs before that, so it waits for DOMContentLoaded to keep the same order.
  const code = read(scripts[0]![1]!).replace(/<\/(script)/gi, '<\\/$1');
  const js = `document.addEventListener('DOMContentLoaded', function () {\n${code}\n});`;
  const css = styles[0] ? read(styles[0][1]!).replace(/<\/(style)/gi, '<\\/$1') : '';
  const policy = offlinePolicy(
    CSP_META.exec(html)?.[0].match(/content="([^"]*)"/)?.[1] ?? DEFAULT_POLICY,
    sha256(js),
    sha256(css),
  );

  // Function replacements: the code holds "$'" and "$&", which a replacement string would expand.
  html = html.replace(scripts[0]![0], () => '');
  if (styles[0]) html = html.replace(styles[0][0], () => `<style>${css}</style>\n`);
  html = html
    .replace(/<link\b[^>]*rel="(?:modulepreload|manifest|icon)"[^>]*>\s*/g, '')
    .replace(CSP_META, '')
    .replace(
      /<meta charset="utf-8"\s*\/?>/i,
      (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    )
    .replace('</body>', () => `<script>${js}</script>\n  </body>`);
  if (!html.includes('Content-Security-Policy'))
    throw new Error(`${dir}/index.html: no <meta charset="utf-8"> to put the policy after`);

  const left = /(?:src|href)="\.\/[^"]+"/.exec(html);
  if (left) throw new Error(`the one-file build still links a file: ${left[0]}`);
  return html;
}
