import type { Fix } from "../api/client";
import { toParagraphEdit } from "./fix-operations";
import { planTextEdits, toWordSearchText, type HitEdit } from "./hit-edits";
import type { ParagraphHint } from "./paragraph-locator";
import { queueWindows, type FoundParagraph } from "./paragraph-window";

/** A fix to apply, with the finding's location (kept from the check) to find the paragraph by. */
export interface FixTarget extends ParagraphHint {
  /** The service's fix (must pass `canApplyInPlace`). */
  readonly fix: Fix;
}

/** What became of one {@link FixTarget}. */
export type FixOutcome = "applied" | "paragraph-not-found" | "text-not-found";

interface ParagraphWork {
  readonly found: FoundParagraph;
  readonly targets: number[];
  readonly replacements: { find: string; replaceWith: string; target: number }[];
  nfc: boolean;
  upperCase: boolean;
}

/**
 * Applies fixes in place through the Word API, undoable with Ctrl+Z, keeping each paragraph whole: character formatting
 * on the paragraph's runs, alignment, indents and spacing on the paragraph, and every text change (a replacement, NFC,
 * capitals) as a change of one search hit — never by retyping the paragraph, which would lose its mixed formatting, its
 * fields and its inline content controls. The paragraphs are found from the index and excerpt kept from the check,
 * reading only a few paragraphs around each (paragraph-window.ts). Three `sync`s however many fixes: read the windows,
 * search the texts to change, write.
 * @returns one outcome per target, in order.
 */
export async function applyFixes(targets: readonly FixTarget[]): Promise<FixOutcome[]> {
  if (targets.length === 0) return [];
  return Word.run(async (context) => {
    const hints = targets.map((t) => ({ paragraph: t.fix.paragraph, text: t.text }));
    const windows = queueWindows(context, hints);
    await context.sync();

    const outcomes: FixOutcome[] = targets.map(() => "applied");
    const work = new Map<number, ParagraphWork>();
    targets.forEach((target, i) => {
      const found = windows.find(hints[i]!);
      if (!found) {
        outcomes[i] = "paragraph-not-found";
        return;
      }
      const edit = toParagraphEdit(target.fix);
      let entry = work.get(found.index);
      if (!entry) {
        entry = { found, targets: [], replacements: [], nfc: false, upperCase: false };
        work.set(found.index, entry);
      }
      entry.targets.push(i);
      for (const r of edit.replacements) entry.replacements.push({ ...r, target: i });
      entry.nfc ||= edit.normalizeNfc;
      entry.upperCase ||= edit.upperCase;
      Object.assign(found.paragraph.font, edit.font);
      // Word removes a highlight when highlightColor is set to null (WordApi 1.1).
      if (edit.removeHighlight) found.paragraph.font.highlightColor = null as unknown as string;
      Object.assign(found.paragraph, edit.paragraph);
    });

    const searches: { edit: HitEdit; hits: Word.RangeCollection }[] = [];
    for (const entry of work.values()) {
      const plan = planTextEdits(entry.found.text, entry.replacements, { nfc: entry.nfc, upperCase: entry.upperCase });
      // A replacement whose text is gone counts as made when its result is there (an earlier fix made it), else the
      // paragraph changed since the check.
      for (const r of entry.replacements) {
        if (!entry.found.text.includes(r.find) && !entry.found.text.includes(r.replaceWith))
          outcomes[r.target] = "text-not-found";
      }
      for (const edit of plan.edits) {
        const hits = entry.found.paragraph.search(toWordSearchText(edit.find), { matchCase: true });
        hits.load("text");
        searches.push({ edit, hits });
      }
    }
    if (searches.length > 0) await context.sync();
    for (const { edit, hits } of searches) {
      const hit = hits.items[edit.occurrence];
      if (hit && hit.text === edit.find) hit.insertText(edit.replaceWith, "Replace");
    }
    await context.sync();
    return outcomes;
  });
}
