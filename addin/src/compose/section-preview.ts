import type { SectionDefinition, UnitProfileView } from "../api/client";

/** The unit profile fields a preview is filled from (`GET /api/units`). */
export type PreviewUnit = Pick<
  UnitProfileView,
  "name" | "parentBody" | "placeName" | "symbol" | "signerAuthority" | "signerTitle" | "signerName" | "recipients" | "draftingUnit"
>;

/** What the preview of a catalogue section is filled with: the plan's year and trích yếu, and the unit it is for. */
export interface PreviewValues {
  readonly year: number | null;
  readonly subject: string;
  readonly unit: PreviewUnit | null;
}

/** A piece of a preview line: wording as it will be inserted, or a value the unit profile does not have yet. */
export type PreviewPart = { readonly text: string } | { readonly missing: string };

/** A section's preview: its lines (paragraphs or table rows) as they will be inserted, and what is still to be filled. */
export interface SectionPreview {
  readonly lines: readonly (readonly PreviewPart[])[];
  /** The Vietnamese names of the missing values, each once, in order of appearance (`ký hiệu`, `họ tên người ký`). */
  readonly missing: readonly string[];
}

/**
 * Đơn vị soạn thảo of the Lưu line when the profile has none — the service's `StoredUnitProfiles.DefaultDraftingUnit`
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.9b).
 */
export const DEFAULT_DRAFTING_UNIT = "VP";

/** Tag of the header section, whose cơ quan lines are printed in capitals (Phụ lục I, Mục II.2). */
const HEADER_TAG = "thidua:header";

/** Cấp hành chính words, longest first at one place (the service's `AdministrativeName`). */
const LEVELS = ["thành phố", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã"];

/** What a token stands for: one text, several lines (the line is repeated; none drops it), or a missing value. */
type TokenValue = string | readonly string[] | { readonly missing: string };

const missing = (what: string): TokenValue => ({ missing: what });
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();
const capitals = (text: string) => collapse(text).toUpperCase();
const given = (text: string | null | undefined) => collapse(text ?? "");

/** The cấp hành chính of a unit name (`Ủy ban nhân dân xã Trí Yên` → `xã`), `đơn vị` when it names none. */
export function levelWord(unitName: string): string {
  const padded = ` ${collapse(unitName).toLowerCase()} `;
  let best: { at: number; level: string } | null = null;
  for (const level of LEVELS) {
    const at = padded.indexOf(` ${level} `);
    if (at >= 0 && (best === null || at < best.at)) best = { at, level };
  }
  return best?.level ?? "đơn vị";
}

/** The trích yếu run on in a sentence: first letter in lower case unless the first word is an abbreviation (`UBND`). */
function lowerFirst(text: string): string {
  const first = [...(text.split(" ")[0] ?? "")];
  const isLetter = (c: string) => c.toUpperCase() !== c.toLowerCase();
  if (first.length > 1 && first.every((c) => !isLetter(c) || c === c.toUpperCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The value of each token of the catalogue's default wording, as the service's section renderer fills it. */
function tokenValues(values: PreviewValues, header: boolean): (token: string) => TokenValue {
  const { year, unit } = values;
  const subject = given(values.subject);
  const fromUnit = (what: string, read: (u: PreviewUnit) => TokenValue): TokenValue => (unit ? read(unit) : missing(what));
  const required = (what: string, text: string, shown: (t: string) => string = (t) => t): TokenValue =>
    text ? shown(text) : missing(what);
  return (token) => {
    switch (token) {
      case "year":
        return year ? String(year) : missing("năm");
      case "nextYear":
        return year ? String(year + 1) : missing("năm");
      case "subject":
        return subject || missing("trích yếu");
      case "subjectLower":
        return subject ? lowerFirst(subject) : missing("trích yếu");
      case "unitName":
        return fromUnit("tên cơ quan ban hành", (u) => required("tên cơ quan ban hành", given(u.name), header ? capitals : undefined));
      case "level":
        return fromUnit("cấp hành chính", (u) => levelWord(u.name));
      case "place":
        return fromUnit("địa danh", (u) => required("địa danh", given(u.placeName)));
      case "cơ quan chủ quản":
        // Optional: a unit without one prints no line (Phụ lục I, Mục II.2).
        return fromUnit("cơ quan chủ quản", (u) => (given(u.parentBody) ? [capitals(u.parentBody)] : []));
      case "ký hiệu":
        return fromUnit("ký hiệu", (u) => required("ký hiệu", given(u.symbol).toUpperCase()));
      case "nơi nhận":
        return fromUnit("nơi nhận", (u) => {
          const lines = (u.recipients ?? []).map((r) => given(r).replace(/^[-\s]+|[;.\s]+$/gu, "")).filter((r) => r.length > 0);
          return lines.length > 0 ? lines : missing("nơi nhận");
        });
      case "đơn vị soạn thảo":
        return fromUnit("đơn vị soạn thảo", (u) => given(u.draftingUnit) || DEFAULT_DRAFTING_UNIT);
      case "quyền hạn":
        return fromUnit("quyền hạn ký", (u) => {
          const lines = (u.signerAuthority ?? "").split("\n").map(capitals).filter((l) => l.length > 0);
          return lines.length > 0 ? lines : missing("quyền hạn ký");
        });
      case "chức vụ":
        return fromUnit("chức vụ người ký", (u) => required("chức vụ người ký", given(u.signerTitle), capitals));
      case "họ và tên":
        return fromUnit("họ tên người ký", (u) => required("họ tên người ký", given(u.signerName)));
      default:
        return missing(token);
    }
  };
}

/** Splits one template line at its `{token}`s and fills them; a line with a several-line token becomes several lines. */
function fillLine(template: string, value: (token: string) => TokenValue): PreviewPart[][] {
  const pieces = template.split(/\{([^{}]+)\}/u); // even indexes: text, odd: token names
  let lines: PreviewPart[][] = [[]];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) lines.forEach((line) => line.push({ text: piece }));
      return;
    }
    const filled = value(piece.trim());
    if (typeof filled === "string") lines.forEach((line) => line.push({ text: filled }));
    else if ("missing" in filled) lines.forEach((line) => line.push({ missing: filled.missing }));
    else lines = lines.flatMap((line) => filled.map((text) => [...line, { text }]));
  });
  return lines;
}

/** Joins neighbouring texts and collapses white space (as the pane shows it), dropping what is left empty. */
function tidy(line: readonly PreviewPart[]): PreviewPart[] {
  const parts: PreviewPart[] = [];
  for (const part of line) {
    const last = parts.at(-1);
    if ("text" in part && last && "text" in last) parts[parts.length - 1] = { text: last.text + part.text };
    else parts.push(part);
  }
  return parts
    .map((part, i) => {
      if (!("text" in part)) return part;
      let text = part.text.replace(/\s+/gu, " ");
      if (i === 0) text = text.trimStart();
      if (i === parts.length - 1) text = text.trimEnd();
      return { text };
    })
    .filter((part) => !("text" in part) || part.text.length > 0);
}

/**
 * A catalogue section as it will be inserted for the current unit: its default wording (`defaultText`, one entry per
 * paragraph or table row) with every token filled as the service's section renderer fills it — `{year}`, `{nextYear}`,
 * `{subject}`, `{subjectLower}`, `{unitName}`, `{level}`, `{place}` and the unit profile's `{cơ quan chủ quản}` (no line
 * when the unit has none), `{ký hiệu}`, `{nơi nhận}` (one line per recipient), `{đơn vị soạn thảo}` ({@link
 * DEFAULT_DRAFTING_UNIT} when not set), `{quyền hạn}`, `{chức vụ}`, `{họ và tên}`; the header's cơ quan lines and the
 * signature's quyền hạn and chức vụ in capitals. A value the profile lacks (or an unknown token) is a `missing` part.
 */
export function sectionPreview(section: Pick<SectionDefinition, "defaultText" | "tag">, values: PreviewValues): SectionPreview {
  const value = tokenValues(values, section.tag === HEADER_TAG);
  const lines = (section.defaultText ?? [])
    .flatMap((template) => fillLine(template, value))
    .map(tidy)
    .filter((line) => line.length > 0);
  const missingNames = lines.flatMap((line) => line.flatMap((p) => ("missing" in p ? [p.missing] : [])));
  return { lines, missing: [...new Set(missingNames)] };
}
