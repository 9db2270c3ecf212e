/**
 * Finding a paragraph the service named (by its 0-based body paragraph index and a text excerpt) among the paragraphs
 * Word reports (`body.paragraphs`, document order, table paragraphs included — the same order as the service).
 * The document may have been edited since the check, so the index alone is not trusted: the text must agree.
 */

/** Where the service says a finding or a fix is. */
export interface ParagraphHint {
  /** 0-based body paragraph index; -1 when the finding is about the whole document or a missing element. */
  readonly paragraph: number;
  /** The excerpt the service gave (at most ~80 characters, may end with `…`), or `(thiếu)` when missing. */
  readonly text: string;
}

const MISSING = "(thiếu)";
/** A list label Word keeps out of `paragraph.text` but the service may put in the excerpt: `II.`, `1.2.`, `a)`. */
const LIST_LABEL = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+/u;

/** Text normalised for comparison: NFC, every run of whitespace (tab, Word's line break \v) as one space, trimmed. */
export function normalizeText(text: string): string {
  // \s covers U+000B (line break) and U+00A0
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * The excerpt without a trailing ellipsis, normalised, and without a list label Word keeps out of the paragraph's text
 * (`II. `); empty when the excerpt says nothing (missing element).
 */
export function excerptKey(excerpt: string): string {
  const text = normalizeText(excerpt);
  if (text === MISSING) return "";
  return text.replace(/(?:…|\.\.\.)$/u, "").trim();
}

/** The excerpt as Word's search can find it in the paragraph: {@link excerptKey} without a leading list label. */
export function searchKey(excerpt: string): string {
  const key = excerptKey(excerpt);
  const withoutLabel = key.replace(LIST_LABEL, "");
  return withoutLabel.length > 0 ? withoutLabel : key;
}

function matches(paragraphText: string, key: string): boolean {
  if (key.length === 0) return true;
  const text = normalizeText(paragraphText);
  if (text.length === 0) return false;
  if (text.includes(key)) return true;
  const withoutLabel = key.replace(LIST_LABEL, "");
  return withoutLabel !== key && withoutLabel.length > 0 && text.includes(withoutLabel);
}

/**
 * The index in `texts` of the paragraph the hint names.
 * @param texts the text of every body paragraph, in Word's order.
 * @param hint index and excerpt from the service.
 * @returns the hinted index when its text agrees; otherwise the nearest paragraph whose text holds the excerpt;
 *   -1 when nothing agrees (or the hint is document-wide).
 */
export function locateParagraph(texts: readonly string[], hint: ParagraphHint): number {
  const key = excerptKey(hint.text);
  const { paragraph } = hint;
  if (paragraph >= 0 && paragraph < texts.length && matches(texts[paragraph] ?? "", key)) return paragraph;
  if (key.length === 0) return -1;
  let best = -1;
  for (let i = 0; i < texts.length; i++) {
    if (!matches(texts[i] ?? "", key)) continue;
    if (best < 0 || Math.abs(i - paragraph) < Math.abs(best - paragraph)) best = i;
  }
  return best;
}
