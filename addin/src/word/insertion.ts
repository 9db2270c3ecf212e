import { ensurePlanPart } from "./plan-part";
import type { WordFeatures } from "./requirements";

/** One paragraph above the cursor: its text and, for an automatically numbered paragraph, the label Word shows. */
export interface ParagraphAbove {
  /** `paragraph.text` (without an automatic numbering label). */
  readonly text: string;
  /** The rendered list label (`II.`, `1.`), empty when the paragraph is not in a list. */
  readonly label: string;
}

/** Where the cursor is, for inserting a section that continues the plan's numbering. */
export interface CursorContext {
  /** Every body paragraph from the start of the document up to and including the cursor's paragraph. */
  readonly paragraphsAbove: readonly ParagraphAbove[];
}

/**
 * Reads the paragraphs above the cursor: one `sync` for their texts and list membership, one more for the labels of
 * the list paragraphs (`listItem.listString`, WordApi 1.3) — automatic numbering is not part of `paragraph.text`.
 */
export async function readCursorContext(): Promise<CursorContext> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    const above = context.document.body.getRange("Start").expandTo(selection).paragraphs;
    above.load("items/text,items/isListItem");
    await context.sync();
    const items = above.items.map((p) => ({ text: p.text, item: p.isListItem ? p.listItem : null }));
    for (const { item } of items) item?.load("listString");
    if (items.some((i) => i.item)) await context.sync();
    return { paragraphsAbove: items.map(({ text, item }) => ({ text, label: item?.listString ?? "" })) };
  });
}

/** A section as `POST /api/sections/{id}/render` returns it, to insert at the cursor. */
export interface SectionToInsert {
  /** The section as a flat-OPC `pkg:package`. */
  readonly flatOpc: string;
  /** The plan's custom XML part, written when the document has none yet. */
  readonly planXml: string;
}

/**
 * Inserts a section at the cursor (see {@link insertOoxmlAtCursor}), then gives the document the plan's custom XML part
 * if it has none: Word ignores the part inside the OOXML, and a plan keeps one part, not one per section.
 */
export async function insertSection(features: WordFeatures, section: SectionToInsert): Promise<void> {
  await insertOoxmlAtCursor(section.flatOpc);
  await ensurePlanPart(features, section.planXml);
}

/**
 * Inserts OOXML (a flat-OPC `pkg:package`) at the cursor: in place of the cursor's paragraph when it is empty, else after
 * it; then puts the cursor after what was inserted. One read `sync` (is the paragraph empty), one write `sync`.
 */
export async function insertOoxmlAtCursor(ooxml: string): Promise<void> {
  await Word.run(async (context) => {
    const paragraph = context.document.getSelection().paragraphs.getFirst();
    paragraph.load("text");
    await context.sync();
    const inserted =
      paragraph.text.trim().length === 0
        ? paragraph.insertOoxml(ooxml, "Replace")
        : paragraph.getRange("Whole").insertOoxml(ooxml, "After");
    inserted.select("End");
    await context.sync();
  });
}
