import { locateParagraph, normalizeText, type ParagraphHint } from "./paragraph-locator";

/** Where a finding points, as the service gives it. */
export interface FindingLocation extends ParagraphHint {
  /** The content-control tag enclosing the paragraph (`thidua:header`…), or null for an untagged plan. */
  readonly tag?: string | null;
}

/** What {@link selectFinding} selected. */
export type SelectionResult = "paragraph" | "control" | "not-found";

/**
 * Selects (and so scrolls to) the paragraph a finding names: inside its content control when the plan is tagged,
 * else by paragraph index checked against the text. One read `sync` (paragraph texts, the controls with the tag), one
 * write `sync` (the selection).
 */
export async function selectFinding(location: FindingLocation): Promise<SelectionResult> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const controls = location.tag ? context.document.contentControls.getByTag(location.tag) : null;
    controls?.load("items/text");
    await context.sync();

    const texts = paragraphs.items.map((p) => p.text);
    const control = controls?.items[0];
    let index: number;
    if (control) {
      // Only paragraphs whose text lies inside the control count.
      const inside = normalizeText(control.text);
      const candidates = texts.map((t) => (inside.includes(normalizeText(t)) ? t : ""));
      index = locateParagraph(candidates, location);
    } else {
      index = locateParagraph(texts, location);
    }
    let result: SelectionResult = "not-found";
    const paragraph = index >= 0 ? paragraphs.items[index] : undefined;
    if (paragraph) {
      paragraph.select("Select");
      result = "paragraph";
    } else if (control) {
      control.select("Select");
      result = "control";
    }
    await context.sync();
    return result;
  });
}
