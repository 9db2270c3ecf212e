import type { Fix } from "../api/client";
import { MAX_SEARCH_LENGTH, toParagraphEdit, toWordSearchText, type WordParagraphEdit } from "./fix-operations";
import { locateParagraph, type ParagraphHint } from "./paragraph-locator";

/** A fix to apply, with the finding's location to check the paragraph against. */
export interface FixTarget extends ParagraphHint {
  /** The service's fix (must pass `canApplyInPlace`). */
  readonly fix: Fix;
}

/** What became of one {@link FixTarget}. */
export type FixOutcome = "applied" | "paragraph-not-found" | "text-not-found";

/** Queues the edit on the paragraph; returns the outcome and the paragraph's text once the edit is applied. */
function applyEdit(paragraph: Word.Paragraph, text: string, edit: WordParagraphEdit, changed: boolean): [FixOutcome, string] {
  let outcome: FixOutcome = "applied";
  for (const { find, replaceWith } of edit.replacements) {
    if (find.length > MAX_SEARCH_LENGTH || !text.includes(find)) {
      // Another fix of this batch (e.g. HDR-DATE rewriting the whole date line) may already have made this change.
      if (!(changed && text.includes(replaceWith))) outcome = "text-not-found";
      continue;
    }
    paragraph.search(toWordSearchText(find), { matchCase: true }).getFirst().insertText(replaceWith, "Replace");
    text = text.replace(find, replaceWith);
  }
  const rewritten = rewriteText(text, edit);
  if (rewritten !== text) {
    paragraph.insertText(rewritten, "Replace");
    text = rewritten;
  }
  Object.assign(paragraph.font, edit.font);
  // Word removes a highlight when highlightColor is set to null (WordApi 1.1).
  if (edit.removeHighlight) paragraph.font.highlightColor = null as unknown as string;
  Object.assign(paragraph, edit.paragraph);
  return [outcome, text];
}

function rewriteText(text: string, edit: WordParagraphEdit): string {
  let result = text;
  if (edit.normalizeNfc) result = result.normalize("NFC");
  if (edit.upperCase) result = result.toLocaleUpperCase("vi");
  return result;
}

/**
 * Applies fixes in place through the Word API, so the officer can undo them (Ctrl+Z): character formatting on every
 * run of the paragraph, alignment, indents, spacing, text replacements. One read `sync` (paragraph texts) and one write
 * `sync` for all fixes together, however many.
 * @returns one outcome per target, in order.
 */
export async function applyFixes(targets: readonly FixTarget[]): Promise<FixOutcome[]> {
  if (targets.length === 0) return [];
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    // Text already changed in this batch, per paragraph, so two fixes of one paragraph see each other's replacements.
    const current = new Map<number, string>();
    const outcomes = targets.map((target): FixOutcome => {
      const index = locateParagraph(texts, { paragraph: target.fix.paragraph, text: target.text });
      const paragraph = index >= 0 ? paragraphs.items[index] : undefined;
      if (!paragraph) return "paragraph-not-found";
      const before = current.get(index);
      const [outcome, after] = applyEdit(paragraph, before ?? texts[index] ?? "", toParagraphEdit(target.fix), before !== undefined);
      current.set(index, after);
      return outcome;
    });
    await context.sync();
    return outcomes;
  });
}
