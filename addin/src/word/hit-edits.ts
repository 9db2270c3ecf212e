/**
 * Text changes made the way Word keeps a paragraph whole: each change is one hit of Word's search inside the paragraph
 * (`paragraph.search(find)` → `items[occurrence].insertText(replaceWith, "Replace")`), so the runs around it keep their
 * formatting and the fields, hyperlinks and inline content controls of the paragraph stay — where retyping the whole
 * paragraph (`paragraph.insertText(text, "Replace")`) would put all of it in one run. Pure functions over the paragraph's
 * text as `paragraph.text` gives it.
 */

/** One change: the `occurrence`-th hit (0-based, non-overlapping, from the paragraph's start) of `find`, at `start`. */
export interface HitEdit {
  /** Offset of the hit in the paragraph's text. */
  readonly start: number;
  /** The text searched for (as in the paragraph, before Word's search escaping). */
  readonly find: string;
  /** Which hit of Word's search it is. */
  readonly occurrence: number;
  /** What the hit becomes. */
  readonly replaceWith: string;
}

/** The longest text Word's `search` accepts. */
export const MAX_SEARCH_LENGTH = 255;

/**
 * Word's search syntax for a literal text: `^` is written `^^`, a tab `^t`, a manual line break (`\v` in
 * `paragraph.text`) `^l`.
 */
export function toWordSearchText(text: string): string {
  return text.replace(/\^/gu, "^^").replace(/\t/gu, "^t").replaceAll("\v", "^l");
}

/**
 * The index of the hit at `start` among the non-overlapping hits of `find` that Word's search finds from the start of
 * `text`; -1 when a hit does not begin there.
 */
export function occurrenceAt(text: string, find: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(find); at >= 0 && at <= start; at = text.indexOf(find, at + find.length)) {
    if (at === start) return n;
    n++;
  }
  return -1;
}

function edit(text: string, start: number, find: string, replaceWith: string): HitEdit | null {
  const occurrence = occurrenceAt(text, find, start);
  if (occurrence < 0 || find.length === 0 || find.length > MAX_SEARCH_LENGTH) return null;
  return { start, find, occurrence, replaceWith };
}

/** Words of the text: maximal stretches of letters and combining marks, with their offsets. */
function words(text: string): { start: number; word: string }[] {
  const out: { start: number; word: string }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) out.push({ start: match.index, word: match[0] });
  return out;
}

/** One edit per word that `change` alters (a whole word, so a search hit never splits a letter from its marks). */
function wordEdits(text: string, change: (word: string) => string): HitEdit[] {
  return words(text).flatMap(({ start, word }) => {
    const changed = change(word);
    if (changed === word) return [];
    const e = edit(text, start, word, changed);
    return e ? [e] : [];
  });
}

/** Rewrites every word not in Unicode NFC (Vietnamese typed with combining tone marks) in NFC. */
export function nfcEdits(text: string): HitEdit[] {
  return wordEdits(text, (w) => w.normalize("NFC"));
}

/** Puts every word in capitals (Vietnamese rules). */
export function upperCaseEdits(text: string): HitEdit[] {
  return wordEdits(text, (w) => w.toLocaleUpperCase("vi"));
}

/** What {@link planTextEdits} decided for a paragraph. */
export interface TextEditPlan {
  /** The edits, last first (applied in this order, a change never moves the hits before it). */
  readonly edits: readonly HitEdit[];
  /** Replacements whose text is no longer in the paragraph (the document changed since the check). */
  readonly missing: number;
  /** The paragraph's text once every edit is made. */
  readonly result: string;
}

/**
 * All text changes of one paragraph's fixes: the replacements (each the first hit of its text, as the service's fix
 * says), then NFC and capitals on the words no replacement touches (the replacing text itself rewritten too).
 * Overlapping replacements keep the first.
 */
export function planTextEdits(
  text: string,
  replacements: readonly { readonly find: string; readonly replaceWith: string }[],
  options: { readonly nfc?: boolean; readonly upperCase?: boolean } = {},
): TextEditPlan {
  const rewrite = (t: string) => {
    let r = t;
    if (options.nfc) r = r.normalize("NFC");
    if (options.upperCase) r = r.toLocaleUpperCase("vi");
    return r;
  };
  const taken: HitEdit[] = [];
  let missing = 0;
  const overlaps = (start: number, end: number) => taken.some((e) => start < e.start + e.find.length && e.start < end);
  for (const { find, replaceWith } of replacements) {
    if (find.length === 0 || find === replaceWith) continue;
    let at = text.indexOf(find);
    while (at >= 0 && overlaps(at, at + find.length)) at = text.indexOf(find, at + 1);
    const e = at >= 0 ? edit(text, at, find, rewrite(replaceWith)) : null;
    if (e) taken.push(e);
    else missing++;
  }
  const inWords = [...(options.nfc || options.upperCase ? wordEdits(text, rewrite) : [])].filter(
    (e) => !overlaps(e.start, e.start + e.find.length),
  );
  const edits = [...taken, ...inWords].sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of edits) result = result.slice(0, e.start) + e.replaceWith + result.slice(e.start + e.find.length);
  return { edits, missing, result };
}
