import type { Fix } from "../api/client";

/**
 * A fix of the service (`Fix`, see service/ThiDua.Rules/Finding.cs) translated into what the Word JavaScript API sets
 * on one paragraph. Pure data: the Word adapter applies it in place (undoable with Ctrl+Z).
 */
export interface WordParagraphEdit {
  /** `Word.Font` properties to set on the whole paragraph (size in pt, colour `#RRGGBB`, underline `Single`/`None`). */
  readonly font: Partial<Pick<Word.Font, "name" | "size" | "bold" | "italic" | "underline" | "color">>;
  /** True to remove highlighting (`font.highlightColor = null`). */
  readonly removeHighlight: boolean;
  /** `Word.Paragraph` properties to set; indents and spacing in points, line spacing in points (12 pt = single). */
  readonly paragraph: Partial<
    Pick<Word.Paragraph, "alignment" | "firstLineIndent" | "leftIndent" | "spaceBefore" | "spaceAfter" | "lineSpacing">
  >;
  /** Text replacements inside the paragraph, in order (exact match, first occurrence). */
  readonly replacements: readonly { readonly find: string; readonly replaceWith: string }[];
  /** Upper-case the paragraph's text (Vietnamese rules), as a text change. */
  readonly upperCase: boolean;
  /** Rewrite the paragraph's text in Unicode NFC. */
  readonly normalizeNfc: boolean;
}

/** Points per centimetre (1 in = 2.54 cm = 72 pt). */
export const POINTS_PER_CM = 72 / 2.54;
/** `Word.Paragraph.lineSpacing` is in points; Word shows it divided by 12 (single = 12 pt). */
export const POINTS_PER_LINE = 12;

const ALIGNMENTS: Record<string, Word.Alignment | "Left" | "Centered" | "Right" | "Justified"> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justified: "Justified",
  both: "Justified",
};

/** Fix kinds that change only the paragraph's text and can run in Word: the rest need the service (page setup, tags). */
const IN_PLACE_KINDS = new Set(["normalize-nfc"]);

/**
 * True when the pane can apply the fix in place through the Word API: a paragraph fix (index ≥ 0) made of character
 * formatting, paragraph formatting, text replacements or NFC normalisation. Page setup (no Word API before
 * WordApiDesktop), legacy-font conversion and tagging are applied by the service instead.
 */
export function canApplyInPlace(fix: Fix | null | undefined): fix is Fix {
  if (!fix || fix.paragraph < 0 || fix.page) return false;
  if (fix.kind) return IN_PLACE_KINDS.has(fix.kind);
  return Boolean(fix.run || fix.paragraphFormat || (fix.replace && fix.replace.length > 0));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function toColor(color: string): string | undefined {
  if (/^[0-9a-f]{6}$/iu.test(color)) return `#${color.toUpperCase()}`;
  if (color.toLowerCase() === "auto") return "#000000";
  return undefined;
}

/**
 * Translates a service fix into Word API values: cm → pt for indents, lines → pt for line spacing, Office.js alignment
 * names, `#RRGGBB` colours. Members the fix leaves null are not set.
 * @throws RangeError when the fix cannot be applied in place (see {@link canApplyInPlace}).
 */
export function toParagraphEdit(fix: Fix): WordParagraphEdit {
  if (!canApplyInPlace(fix)) {
    throw new RangeError(`Bản sửa "${(fix as Fix).description}" không áp dụng trực tiếp trong Word được.`);
  }
  const font: Record<string, unknown> = {};
  const run = fix.run;
  if (run?.fontName) font.name = run.fontName;
  if (run?.sizePt != null) font.size = run.sizePt;
  if (run?.bold != null) font.bold = run.bold;
  if (run?.italic != null) font.italic = run.italic;
  if (run?.underline != null) font.underline = run.underline ? "Single" : "None";
  const color = run?.color ? toColor(run.color) : undefined;
  if (color) font.color = color;

  const paragraph: Record<string, unknown> = {};
  const format = fix.paragraphFormat;
  const alignment = format?.alignment ? ALIGNMENTS[format.alignment.toLowerCase()] : undefined;
  if (alignment) paragraph.alignment = alignment;
  if (format?.firstLineIndentCm != null) paragraph.firstLineIndent = round(format.firstLineIndentCm * POINTS_PER_CM);
  if (format?.leftIndentCm != null) paragraph.leftIndent = round(format.leftIndentCm * POINTS_PER_CM);
  if (format?.spaceBeforePt != null) paragraph.spaceBefore = format.spaceBeforePt;
  if (format?.spaceAfterPt != null) paragraph.spaceAfter = format.spaceAfterPt;
  if (format?.lineSpacingLines != null) paragraph.lineSpacing = round(format.lineSpacingLines * POINTS_PER_LINE);

  return {
    font,
    removeHighlight: run?.removeHighlight === true,
    paragraph,
    replacements: (fix.replace ?? []).filter((r) => r.find.length > 0 && r.find !== r.replaceWith),
    upperCase: run?.allCaps === true,
    normalizeNfc: fix.kind === "normalize-nfc",
  };
}

/** What applying a fix changes, for the review flow of the Kiểm tra tab. */
export type FixChange =
  /** Only the look: formatting, white space, letter case, Unicode form — applied together by *Sửa tất cả lỗi định dạng*. */
  | "format"
  /** Words or spelling: proposed one by one, with the text before and after, to apply or set aside. */
  | "wording";

/** The text with what a formatting fix may change folded away: white space, letter case, Unicode form. */
function letters(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[\s\u00a0]+/gu, "");
}

/**
 * Whether a fix only changes the look (formatting, spacing, capitals, NFC) or changes words: a replacement whose
 * letters differ (`Luât` → `Luật`, `Đảng đảng` → `Đảng`) is a change of wording, proposed to the officer one by one.
 */
export function fixChange(fix: Fix): FixChange {
  const wording = (fix.replace ?? []).some((r) => letters(r.find) !== letters(r.replaceWith));
  return wording ? "wording" : "format";
}
