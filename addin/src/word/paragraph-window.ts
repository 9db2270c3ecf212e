import { locateParagraph, type ParagraphHint } from "./paragraph-locator";

/**
 * Finding the paragraphs the service named without reading the whole document again: for each hint (paragraph index and
 * excerpt kept from the check) only a few paragraphs around the index are loaded (`paragraphs.load({ $skip, $top })`),
 * enough to find the paragraph when a few paragraphs were added or removed above it since the check. A 300-page plan
 * has some 10 000 paragraphs; a click on a finding reads {@link WINDOW_RADIUS} × 2 + 1 of them.
 */

/** Paragraphs read on each side of the hinted index. */
export const WINDOW_RADIUS = 4;

/** A paragraph found in Word: its proxy (loaded with `text`), its index and its text. */
export interface FoundParagraph {
  readonly paragraph: Word.Paragraph;
  readonly index: number;
  readonly text: string;
}

/** The windows queued by {@link queueWindows}, read after the next `context.sync()`. */
export interface ParagraphWindows {
  /** The paragraph each hint names, or null when its window does not hold it (the document changed more). */
  find(hint: ParagraphHint): FoundParagraph | null;
}

/**
 * Queues one windowed load of the body's paragraphs per distinct hinted index (nothing for document-wide hints).
 * Call `context.sync()` before {@link ParagraphWindows.find}.
 */
export function queueWindows(context: Word.RequestContext, hints: readonly ParagraphHint[]): ParagraphWindows {
  const windows = new Map<number, { skip: number; items: Word.ParagraphCollection }>();
  for (const { paragraph } of hints) {
    if (paragraph < 0 || windows.has(paragraph)) continue;
    const skip = Math.max(0, paragraph - WINDOW_RADIUS);
    const items = context.document.body.paragraphs;
    items.load({ text: true, $skip: skip, $top: paragraph - skip + WINDOW_RADIUS + 1 });
    windows.set(paragraph, { skip, items });
  }
  return {
    find(hint) {
      const window = windows.get(hint.paragraph);
      if (!window) return null;
      const texts = window.items.items.map((p) => p.text);
      const at = locateParagraph(texts, { paragraph: hint.paragraph - window.skip, text: hint.text });
      const paragraph = at >= 0 ? window.items.items[at] : undefined;
      return paragraph ? { paragraph, index: window.skip + at, text: texts[at] ?? "" } : null;
    },
  };
}
