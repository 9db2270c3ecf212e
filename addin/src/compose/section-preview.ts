import type { SectionDefinition, UnitProfileView } from "../api/client";

/** What the preview of a catalogue section is filled with. */
export interface PreviewValues {
  readonly year: number | null;
  readonly unit: Pick<UnitProfileView, "name" | "placeName" | "level"> | null;
}

/** Longest preview shown under a section, in characters. */
export const PREVIEW_LENGTH = 220;

/**
 * A short preview of a catalogue section: its default wording (`defaultText`, one entry per paragraph or table row)
 * with the tokens the pane knows filled in — `{year}`, `{nextYear}`, `{unitName}`, `{place}`, `{level}` — and any other
 * `{token}` shown as `…`; at most {@link PREVIEW_LENGTH} characters.
 */
export function sectionPreview(section: Pick<SectionDefinition, "defaultText">, values: PreviewValues): string {
  const known: Record<string, string | undefined> = {
    year: values.year?.toString(),
    nextYear: values.year ? String(values.year + 1) : undefined,
    unitName: values.unit?.name,
    place: values.unit?.placeName,
    level: values.unit?.level,
  };
  const text = (section.defaultText ?? [])
    .map((line) => line.replace(/\{(\w+)\}/gu, (_, token: string) => known[token] || "…"))
    .join(" · ")
    .replace(/\s+/gu, " ")
    .trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : text;
}
