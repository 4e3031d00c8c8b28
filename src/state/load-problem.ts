/**
 * What went wrong when the world map file would not load, in words a teacher can act on:
 * which file, and whether the request failed, the server refused it, or the file was not a
 * world map. Pure (no Phaser, no DOM): the Preloader collects the facts and reports them with
 * reportLoadProblem (a store field), the load-error screen shows them.
 */
export type LoadProblemKind = 'network' | 'http' | 'invalid';

export interface LoadProblem {
  /** The file's name as requested (without folders, query or fragment). */
  file: string;
  kind: LoadProblemKind;
  /** HTTP status when the server answered with an error. */
  status?: number;
}

/** "…/assets/countries-50m-AbC.json?v=1" → "countries-50m-AbC.json". */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path
    .split('/')
    .filter((p) => p.length > 0)
    .pop();
  return name ?? url;
}

/**
 * status: the HTTP status of the failed request (0 or undefined: no answer at all), null when
 * the request succeeded; readable: the file arrived and is a world map.
 */
export function loadProblem(
  url: string,
  status: number | null | undefined,
  readable: boolean,
): LoadProblem | null {
  const file = fileNameOf(url);
  if (status === null || status === undefined) {
    if (readable) return null;
    return status === null ? { file, kind: 'invalid' } : { file, kind: 'network' };
  }
  if (status === 0) return { file, kind: 'network' };
  if (status >= 400) return { file, kind: 'http', status };
  return readable ? null : { file, kind: 'invalid' };
}
