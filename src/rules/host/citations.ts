/**
 * Finds the treaty references in running text, the way the game prints them: "Art. VI §II.4(A)",
 * "Art. IV §2, VI §II.4(D)", "Art. VI §II.2, §II.5–6", "Art. III §I.5, §I.8; Annex A",
 * "(sensors over a third state: VII §3)". Each reference keeps the span of text it came from,
 * so a test can prove that every "Art." and "§" the player reads is understood.
 */
/** A treaty reference as parsed: "Art. VI §II.4(A)" is article VI, section II, paragraph 4, sub A. */
export interface ArticleRef {
  article: string;
  section?: string;
  paragraph?: string;
  sub?: string;
}

export interface FoundCitation {
  ref: ArticleRef;
  /** [start, end) of the text this reference was read from. */
  span: [number, number];
}

/**
 * One token of a citation: an article ("Art. VI", "Article VI", "Annex A", or a bare roman
 * numeral right before "§"), or a "§" part ("§II.4(A)", "§II.5–6", "§2", "§III").
 */
const TOKEN =
  /\b(?:Art(?:icle)?\.?\s*([IVXLC]+)\b|(?:Annex|Anhang)\s+([A-L])\b|([IVXLC]+)\s*(?=§))|§\s*(?:([IVXLC]+)(?:\.(\d+)(?:\s*[–-]\s*(\d+))?)?|(\d+)(?:\s*[–-]\s*(\d+))?)(?:\(([A-Z])\))?/g;

/** What may stand between two tokens of one citation (English or German words). */
const JOINER = /^(?:\s*(?:,|;|and|with|or|und|mit|oder|\(|\)|:)?\s*)*$/;

export function findCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  let article: string | undefined;
  /** An article named but not yet given a "§" part: emitted bare if none follows. */
  let bare: FoundCitation | undefined;
  let lastEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const named = m[1] ?? (m[2] ? `ANNEX-${m[2]}` : undefined) ?? m[3];
    if (named) {
      if (bare) out.push(bare);
      article = named;
      bare = { ref: { article }, span: [start, end] };
      lastEnd = end;
      continue;
    }
    // A "§" part belongs to the article just named, if only joiners stand between them.
    if (!article || lastEnd < 0 || !JOINER.test(text.slice(lastEnd, start))) continue;
    const spanStart = bare ? bare.span[0] : start;
    bare = undefined;
    const section = m[4];
    const from = m[5] ?? m[7];
    const to = m[6] ?? m[8];
    const sub = m[9];
    const paragraphs: (string | undefined)[] = [];
    if (
      from !== undefined &&
      to !== undefined &&
      Number(to) >= Number(from) &&
      Number(to) - Number(from) < 20
    ) {
      for (let p = Number(from); p <= Number(to); p++) paragraphs.push(String(p));
    } else paragraphs.push(from);
    for (const paragraph of paragraphs) {
      const ref: ArticleRef = { article };
      if (section) ref.section = section;
      if (paragraph) ref.paragraph = paragraph;
      if (sub) ref.sub = sub;
      out.push({ ref, span: [spanStart, end] });
    }
    lastEnd = end;
  }
  if (bare) out.push(bare);
  return out;
}

/** "Art. VI §II.4(A)" for a reference (Annex A §III for annexes). */
export function formatRef(ref: ArticleRef): string {
  const head = ref.article.startsWith('ANNEX-') ? `Annex ${ref.article.slice(6)}` : `Art. ${ref.article}`;
  const para = ref.paragraph === undefined ? '' : ref.section ? `.${ref.paragraph}` : ref.paragraph;
  const sec = ref.section === undefined && ref.paragraph === undefined ? '' : ` §${ref.section ?? ''}${para}`;
  return `${head}${sec}${ref.sub ? `(${ref.sub})` : ''}`;
}
