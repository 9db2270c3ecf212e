import { useEffect, useState } from "react";
import type { SectionPreview } from "../api/client";
import { useServices } from "../taskpane/services";

/** What the previews are filled with. */
export interface PreviewInput {
  /** The unit profile chosen (`/api/units`), or null. */
  readonly unitId: number | null;
  /** The plan's year, or null when not a valid year. */
  readonly year: number | null;
  readonly subject: string;
}

/** Typing pauses this long (ms) before the previews are asked for again. */
const PAUSE = 250;

/**
 * The previews of the catalogue's sections for the chosen unit, year and trích yếu, as the service renders them
 * (`POST /api/sections/previews`, issue 12: the pane holds no copy of the sections' wording), by section id. Asked again
 * after a short pause when the input changes; an answer that arrives after a newer question is dropped. Empty until the
 * first answer, and left as it was when the service cannot answer.
 */
export function useSectionPreviews(input: PreviewInput): ReadonlyMap<string, SectionPreview> {
  const { api } = useServices();
  const [previews, setPreviews] = useState<ReadonlyMap<string, SectionPreview>>(new Map());
  const { unitId, year, subject } = input;
  useEffect(() => {
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .previewSections({ unitId, unit: null, year, subject }, abort.signal)
        .then((list) => !abort.signal.aborted && setPreviews(new Map(list.map((p) => [p.id, p]))))
        .catch(() => undefined);
    }, PAUSE);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [api, unitId, year, subject]);
  return previews;
}
