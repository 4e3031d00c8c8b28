import { describe, expect, it } from 'vitest';
import { fileNameOf, loadProblem } from '../../../src/state/load-problem';

const URL = '/play/open-skies/assets/countries-50m-Bx1.json';

describe('fileNameOf', () => {
  it.each([
    [URL, 'countries-50m-Bx1.json'],
    ['https://x.test/a/b/countries-50m.json?v=2#top', 'countries-50m.json'],
    ['countries-50m.json', 'countries-50m.json'],
    ['/trailing/slash/', 'slash'],
  ])('%s → %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});

describe('loadProblem', () => {
  it.each<[number | null | undefined, boolean, ReturnType<typeof loadProblem>]>([
    // The request was answered and the file is a world map: no problem.
    [null, true, null],
    [200, true, null],
    // No answer at all (offline, aborted, blocked).
    [undefined, false, { file: 'countries-50m-Bx1.json', kind: 'network' }],
    [0, false, { file: 'countries-50m-Bx1.json', kind: 'network' }],
    // The server refused.
    [404, false, { file: 'countries-50m-Bx1.json', kind: 'http', status: 404 }],
    [503, false, { file: 'countries-50m-Bx1.json', kind: 'http', status: 503 }],
    // It arrived, but is not a world map (an HTML error page, a truncated file).
    [null, false, { file: 'countries-50m-Bx1.json', kind: 'invalid' }],
    [200, false, { file: 'countries-50m-Bx1.json', kind: 'invalid' }],
  ])('status %s, readable %s', (status, readable, expected) => {
    expect(loadProblem(URL, status, readable)).toEqual(expected);
  });
});
