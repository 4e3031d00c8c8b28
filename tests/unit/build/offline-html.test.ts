import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOfflineHtml, offlinePolicy } from '../../../src/build/offline-html';

const WEB =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'";

describe('the one-file policy', () => {
  it("replaces 'self' by the inlined code's hashes and data:/blob:, keeps the rest, never adds unsafe-eval", () => {
    const p = offlinePolicy(WEB, "'sha256-JS'", "'sha256-CSS'");
    expect(p).toContain("script-src 'sha256-JS'");
    expect(p).toContain("style-src 'sha256-CSS'");
    expect(p).toContain('img-src data: blob:');
    expect(p).toContain('connect-src data: blob:');
    expect(p).toContain("object-src 'none'");
    expect(p).toContain('font-src data: blob:');
    expect(p).not.toContain("'self'");
    expect(p).not.toContain('unsafe-eval');
    expect(p).not.toContain('worker-src');
  });

  it("keeps a web policy's 'unsafe-inline' styles (a hash would switch it off)", () => {
    expect(offlinePolicy("style-src 'self' 'unsafe-inline'", "'sha256-JS'", "'sha256-CSS'")).toContain(
      "style-src 'unsafe-inline'",
    );
  });
});

describe('buildOfflineHtml', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeBuild(js: string, extraHead = ''): string {
    dir = mkdtempSync(join(tmpdir(), 'offline-html-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/index.js'), js);
    writeFileSync(join(dir, 'assets/style.css'), 'body{color:red}');
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8" />${extraHead}
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style.css">
<link rel="manifest" href="./manifest.webmanifest"></head><body><div id="app"></div></body></html>`,
    );
    return dir;
  }

  it('inlines the script as a classic one at the end of <body>, run on DOMContentLoaded, and the CSS', () => {
    const html = buildOfflineHtml(fakeBuild('var a = "$\' $& </script>";'));
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('manifest');
    expect(html).toContain('<style>body{color:red}</style>');
    // "$'" and "$&" survive as written; "</script" cannot end the element early.
    expect(html).toContain('var a = "$\' $& <\\/script>";');
    expect(html.indexOf('<div id="app">')).toBeLessThan(html.indexOf("addEventListener('DOMContentLoaded'"));
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="[^"]*script-src 'sha256-/);
  });

  it("replaces the page's own CSP meta by the one-file policy (one policy, not two)", () => {
    for (const meta of [
      `<meta http-equiv="Content-Security-Policy" content="${WEB}">`,
      `<meta content="${WEB}" http-equiv="Content-Security-Policy" />`,
    ]) {
      const html = buildOfflineHtml(fakeBuild('1', meta));
      expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
      expect(html).toContain("object-src 'none'");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a build that is not the offline one (two scripts)', () => {
    const d = fakeBuild('1');
    writeFileSync(
      join(d, 'index.html'),
      '<meta charset="utf-8" /><script type="module" src="./a.js"></script><script type="module" src="./b.js"></script>',
    );
    expect(() => buildOfflineHtml(d)).toThrow(/expected one script, found 2/);
  });
});
