/**
 * The sources of the campaign's "what really happened" cards (levels/sources.json): one entry
 * per report, statement or text, with its publisher, date and what it backs. Levels name them
 * by id; parseLevel swaps each id for its entry.
 */
import data from '../../../levels/sources.json';
import type { Source } from '../types';

interface SourceEntry {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  supports: string;
}

const ENTRIES: Readonly<Record<string, SourceEntry>> = (data as { sources: Record<string, SourceEntry> })
  .sources;

/** The source with this id, or undefined. */
export function sourceById(id: string): Source | undefined {
  const e = ENTRIES[id];
  if (!e) return undefined;
  const out: Source = { id, title: e.title, publisher: e.publisher, supports: e.supports };
  if (e.date) out.date = e.date;
  if (e.url) out.url = e.url;
  return out;
}

export function sourceIds(): string[] {
  return Object.keys(ENTRIES);
}
