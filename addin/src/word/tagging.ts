import type { InPlaceTagging, TaggedRange } from "../api/client";
import { occurrenceAt, toWordSearchText } from "./hit-edits";
import { writePlanPart } from "./plan-part";
import type { WordFeatures } from "./requirements";

/** What tagging in place did. */
export interface InPlaceOutcome {
  /** Controls created. */
  readonly created: number;
  /** Parts left untagged, in Vietnamese: what the service could not tag, and the chỉ tiêu rows Word cannot wrap. */
  readonly skipped: readonly string[];
}

/** The service writes a line break `\n`; Word's `paragraph.text` gives it as `\v`. */
const wordText = (text: string) => text.replace(/\n/gu, "\u000b");

/**
 * Tags the open document in place (Word without WordApi 1.6, where replacing the document would lose its headers,
 * footers and data part): each control of `POST /api/plans/tag/controls` is created on its range with
 * `insertContentControl` (WordApi 1.1) — whole paragraphs from the first to the last (`getRange`, `expandTo`: WordApi 1.3),
 * or the stretch of a paragraph Word's search finds — with its tag, title and lock; nothing is retyped or moved by hand.
 * Then the plan's custom XML part is written, one per plan. Word's API cannot wrap a table row, so the chỉ tiêu rows'
 * controls (optional in plan-schema.md) are left out and named. The whole body is read once, to check that the
 * document is still the one the service tagged.
 * @throws Error in Vietnamese when the document changed since it was sent.
 */
export async function tagInPlace(features: WordFeatures, tagging: InPlaceTagging): Promise<InPlaceOutcome> {
  const controls = tagging.controls.filter((c) => c.kind !== "row");
  const rows = tagging.controls.length - controls.length;
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    const changed = controls.some((c) =>
      c.kind === "inline"
        ? texts[c.firstParagraph]?.slice(c.start, c.start + c.length) !== wordText(c.text)
        : texts[c.firstParagraph] !== wordText(c.text) || c.lastParagraph >= texts.length,
    );
    if (changed) throw new Error("Văn bản đã thay đổi trong lúc gắn thẻ. Hãy bấm “Gắn thẻ” lại.");

    const hits = new Map<TaggedRange, Word.RangeCollection>();
    for (const control of controls.filter((c) => c.kind === "inline")) {
      const found = paragraphs.items[control.firstParagraph]!.search(toWordSearchText(wordText(control.text)), {
        matchCase: true,
      });
      found.load("text");
      hits.set(control, found);
    }
    if (hits.size > 0) await context.sync();

    for (const control of controls) {
      let range: Word.Range | Word.Paragraph;
      if (control.kind === "inline") {
        const text = texts[control.firstParagraph]!;
        const hit = hits.get(control)!.items[occurrenceAt(text, wordText(control.text), control.start)];
        if (!hit) throw new Error("Không tìm thấy chỗ cần gắn thẻ “" + control.title + "”. Hãy bấm “Gắn thẻ” lại.");
        range = hit;
      } else if (control.firstParagraph === control.lastParagraph) {
        range = paragraphs.items[control.firstParagraph]!;
      } else {
        range = paragraphs.items[control.firstParagraph]!.getRange("Whole").expandTo(
          paragraphs.items[control.lastParagraph]!.getRange("Whole"),
        );
      }
      const created = range.insertContentControl();
      created.tag = control.tag;
      created.title = control.title;
      if (control.locked) created.cannotDelete = true;
    }
    await context.sync();
  });
  await writePlanPart(features, tagging.planXml);
  const skipped = [...tagging.skipped];
  if (rows > 0)
    skipped.push(
      `${rows} hàng chỉ tiêu trong bảng chưa có thẻ riêng (Word này không gắn thẻ cho từng hàng của bảng được); bảng chỉ tiêu vẫn có thẻ.`,
    );
  return { created: controls.length, skipped };
}
