import { MAX_SEARCH_LENGTH, toWordSearchText } from "./hit-edits";
import { searchKey, type ParagraphHint } from "./paragraph-locator";
import { queueWindows } from "./paragraph-window";

/** Where a finding points, as the service gives it and the pane keeps it from the check. */
export interface FindingLocation extends ParagraphHint {
  /** The content-control tag enclosing the paragraph (`thidua:header`…), or null for an untagged plan. */
  readonly tag?: string | null;
}

/** What {@link selectFinding} selected. */
export type SelectionResult = "paragraph" | "control" | "not-found";

/**
 * Selects (and so scrolls to) the paragraph a finding names, from the paragraph index and excerpt kept from the check:
 * only the paragraphs around that index are read (see paragraph-window.ts), never the whole document. When the
 * document changed so much that they do not hold it, Word's search finds the excerpt; failing that, the enclosing
 * tagged control is selected. One read `sync`, one write `sync` (two more only when the paragraph moved far).
 */
export async function selectFinding(location: FindingLocation): Promise<SelectionResult> {
  return Word.run(async (context) => {
    const windows = queueWindows(context, [location]);
    await context.sync();
    const found = windows.find(location);
    if (found) {
      found.paragraph.select("Select");
      await context.sync();
      return "paragraph";
    }

    const key = searchKey(location.text).slice(0, MAX_SEARCH_LENGTH);
    if (key.length > 0) {
      const hits = context.document.body.search(toWordSearchText(key), { matchCase: true });
      hits.load("text");
      await context.sync();
      const hit = hits.items[0];
      if (hit) {
        hit.select("Select");
        await context.sync();
        return "paragraph";
      }
    }
    if (location.tag) {
      const controls = context.document.contentControls.getByTag(location.tag);
      controls.load("text");
      await context.sync();
      const control = controls.items[0];
      if (control) {
        control.select("Select");
        await context.sync();
        return "control";
      }
    }
    return "not-found";
  });
}
