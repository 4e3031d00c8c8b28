import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import {
  checkRelease,
  firstLoadFiles,
  fontSubset,
  releaseFile,
  type ReleaseFile,
} from '../../../src/build/release-checks';
import { zipTree } from '../../../src/build/package';

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
<link rel="modulepreload" crossorigin href="./assets/phaser-BBBBBBBB.js">
<link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">
</head><body></body></html>`;
const CSS = `@font-face{font-family:X;src:url(./x-latin-400-normal-DDDDDDDD.woff2)format("woff2");unicode-range:U+??,U+131}
@font-face{font-family:X;src:url(./x-cyrillic-400-normal-EEEEEEEE.woff2)format("woff2");unicode-range:U+400-45F}`;

/** A release tree that passes every check. */
function goodTree(): ReleaseFile[] {
  return [
    releaseFile('index.html', HTML),
    releaseFile(
      'assets/index-AAAAAAAA.js',
      'import{a}from"./phaser-BBBBBBBB.js";const m="./map-FFFFFFFF.json";const s=["./s-GGGGGGGG.webm","./s-HHHHHHHH.mp3"];const k="/levels/01.json";import("./lazy-IIIIIIII.js");',
    ),
    releaseFile('assets/phaser-BBBBBBBB.js', 'export const a=1;'),
    releaseFile('assets/lazy-IIIIIIII.js', 'export const b=2;'),
    releaseFile('assets/index-CCCCCCCC.css', CSS),
    releaseFile('assets/x-latin-400-normal-DDDDDDDD.woff2', new Uint8Array(100)),
    releaseFile('assets/x-cyrillic-400-normal-EEEEEEEE.woff2', new Uint8Array(100)),
    releaseFile('assets/map-FFFFFFFF.json', '{"type":"Topology"}'),
    releaseFile('assets/s-GGGGGGGG.webm', new Uint8Array(10)),
    releaseFile('assets/s-HHHHHHHH.mp3', new Uint8Array(20)),
  ];
}

const failuresOf = (files: ReleaseFile[], zip: number | null = null): string[] =>
  checkRelease(files, zip).failures;

describe('release checks', () => {
  it('pass a tree within every limit (a glob key like "/levels/01.json" is not a URL)', () => {
    expect(failuresOf(goodTree(), 1000)).toEqual([]);
  });

  it('refuse 1,001 files', () => {
    const many = [...goodTree()];
    while (many.length < 1001) many.push(releaseFile(`assets/f${many.length}.txt`, 'x'));
    expect(failuresOf(many)).toEqual(['itch.io: 1001 files, more than 1000']);
    expect(failuresOf(many.slice(0, 1000))).toEqual([]);
  });

  it('refuse a 241-character path and accept 240', () => {
    const long = (n: number): string => `assets/${'a'.repeat(n - 'assets/'.length - '.txt'.length)}.txt`;
    expect(long(241)).toHaveLength(241);
    expect(failuresOf([...goodTree(), releaseFile(long(240), 'x')])).toEqual([]);
    const f = failuresOf([...goodTree(), releaseFile(long(241), 'x')]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/path of 241 characters/);
  });

  it('refuse a root-absolute URL in HTML, CSS and JS, and a protocol-relative one', () => {
    const html = goodTree().map((f) =>
      f.path === 'index.html'
        ? releaseFile('index.html', HTML.replace('./assets/index-A', '/assets/index-A'))
        : f,
    );
    expect(failuresOf(html)).toEqual([
      'root-absolute URL /assets/index-AAAAAAAA.js in index.html (breaks at a sub-path)',
    ]);
    const css = [...goodTree(), releaseFile('assets/more.css', 'a{background:url("/assets/bg.png")}')];
    expect(failuresOf(css)).toEqual([
      'root-absolute URL /assets/bg.png in assets/more.css (breaks at a sub-path)',
    ]);
    const js = [
      ...goodTree(),
      releaseFile('assets/more.js', 'fetch("/assets/map-FFFFFFFF.json");x="//cdn.example/a.js"'),
    ];
    expect(failuresOf(js)).toHaveLength(2);
  });

  it('refuse a source map file and a sourceMappingURL comment', () => {
    expect(failuresOf([...goodTree(), releaseFile('assets/index-AAAAAAAA.js.map', '{}')])).toEqual([
      'source map shipped: assets/index-AAAAAAAA.js.map',
    ]);
    const withComment = [...goodTree(), releaseFile('assets/m.js', 'x=1;\n//# sourceMappingURL=m.js.map')];
    expect(failuresOf(withComment)).toEqual(['source map reference in assets/m.js']);
  });

  it('refuse woff fonts and subsets no language of the game needs', () => {
    const f = failuresOf([
      ...goodTree(),
      releaseFile('assets/x-latin-400-normal-JJJJJJJJ.woff', new Uint8Array(10)),
      releaseFile('assets/x-vietnamese-400-normal-KKKKKKKK.woff2', new Uint8Array(10)),
    ]);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/not woff2/);
    expect(f[1]).toMatch(/subset 'vietnamese'/);
    expect(fontSubset('ibm-plex-sans-latin-ext-600-normal-DOrvGEcy.woff2')).toBe('latin-ext');
  });

  it('refuse a tree without index.html at the root, a huge file and an escaping path', () => {
    const noIndex = goodTree().map((f) =>
      f.path === 'index.html' ? releaseFile('game/index.html', HTML) : f,
    );
    expect(failuresOf(noIndex)).toContain('itch.io: no index.html at the root of the zip');
    const huge = { path: 'assets/big.bin', size: 200_000_001, content: new Uint8Array(0) };
    expect(failuresOf([...goodTree(), huge])).toEqual([
      'itch.io: assets/big.bin is 200000001 bytes, more than 200000000',
    ]);
    const total = Array.from({ length: 3 }, (_, i) => ({
      path: `b${i}.bin`,
      size: 190_000_000,
      content: new Uint8Array(0),
    }));
    expect(failuresOf([...goodTree(), ...total])[0]).toMatch(/extracted, more than 500000000/);
    expect(failuresOf([...goodTree(), releaseFile('../x.txt', 'x')])).toEqual([
      'zip: path escapes the root: ../x.txt',
    ]);
  });

  it('hold the size budgets: zip over 2.5 MB, first load over 1 MB gzip', () => {
    expect(failuresOf(goodTree(), 2_500_001)).toEqual(['budget: zip is 2500001 bytes, more than 2500000']);
    // Random bytes do not compress: a 1 MB map the entry script names breaks the first-load budget.
    let seed = 1;
    const noise = Uint8Array.from(
      { length: 1_000_001 },
      () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24,
    );
    const heavy = goodTree().map((f) => (f.path.endsWith('.json') ? releaseFile(f.path, noise) : f));
    expect(failuresOf(heavy)[0]).toMatch(/^budget: first load is \d+ bytes gzip, more than 1000000$/);
  });

  it('count in the first load what a first visit fetches, not lazy chunks, other font subsets or other audio formats', () => {
    expect(firstLoadFiles(goodTree())).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-CCCCCCCC.css',
      'assets/map-FFFFFFFF.json',
      'assets/phaser-BBBBBBBB.js',
      'assets/s-GGGGGGGG.webm',
      'assets/x-latin-400-normal-DDDDDDDD.woff2',
      'index.html',
    ]);
  });

  it('zip the tree with index.html at the root and the same bytes back', () => {
    const tree = goodTree();
    const back = unzipSync(zipTree(tree));
    expect(Object.keys(back).sort()).toEqual(tree.map((f) => f.path).sort());
    expect(strFromU8(back['index.html']!)).toBe(HTML);
    expect(zipTree(tree)).toEqual(zipTree(tree));
  });
});
