import type { ParagraphAbove } from "../word/insertion";

/** The numbered heading nearest above the cursor (Nghị định 30, Phụ lục I: mục `I.`, khoản `1.`, điểm `1.1.`). */
export interface HeadingAbove {
  /** 1 for a mục (`II.`), 2 for a khoản (`2.`), 3 for `2.1.`. */
  readonly level: 1 | 2 | 3;
  /** The label as shown, e.g. `II.`. */
  readonly label: string;
  /** The heading's text without its label. */
  readonly text: string;
}

const ROMAN = /^([IVXLC]+)\.(?:\s+|$)/u;
const ARABIC = /^(\d+)\.(?:\s+|$)/u;
const SUB = /^(\d+)\.(\d+)\.?(?:\s+|$)/u;
/** A heading is short; a numbered body paragraph (a khoản without a title) is a sentence that runs on. */
const MAX_HEADING_LENGTH = 160;

function parse(label: string, text: string): HeadingAbove | null {
  const labelled = `${label} ${text}`.trim();
  const roman = ROMAN.exec(labelled);
  if (roman) return { level: 1, label: `${roman[1]}.`, text: labelled.slice(roman[0].length).trim() };
  const sub = SUB.exec(labelled);
  if (sub) return { level: 3, label: `${sub[1]}.${sub[2]}.`, text: labelled.slice(sub[0].length).trim() };
  const arabic = ARABIC.exec(labelled);
  if (arabic) return { level: 2, label: `${arabic[1]}.`, text: labelled.slice(arabic[0].length).trim() };
  return null;
}

/**
 * The last numbered heading among the paragraphs above the cursor, whether the number is typed or automatic
 * (Word's list label); null when there is none (the cursor is in the phần đầu, or the plan has no numbered parts yet).
 * @param paragraphs the paragraphs from the start of the document to the cursor, in order.
 */
export function headingAbove(paragraphs: readonly ParagraphAbove[], maxLevel: 1 | 2 | 3 = 3): HeadingAbove | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    // \s covers Word's manual line break, U+000B
    const text = p.text.replace(/\s+/gu, " ").trim();
    if (text.length === 0 || text.length > MAX_HEADING_LENGTH) continue;
    const heading = parse(p.label.trim(), text);
    if (heading && heading.level <= maxLevel) return heading;
  }
  return null;
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function fromRoman(roman: string): number {
  let value = 0;
  let rest = roman;
  for (const [n, s] of ROMAN_DIGITS) {
    while (rest.startsWith(s)) {
      value += n;
      rest = rest.slice(s.length);
    }
  }
  return rest.length === 0 ? value : 0;
}

function toRoman(value: number): string {
  let out = "";
  let rest = value;
  for (const [n, s] of ROMAN_DIGITS) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** The mục label that follows a level-1 label (`II.` → `III.`); `I.` when there is none before. */
export function nextMucLabel(previous: string | null | undefined): string {
  const match = /^([IVXLCDM]+)\.?$/u.exec(previous?.trim() ?? "");
  const value = match ? fromRoman(match[1]!) : 0;
  return `${toRoman(value + 1)}.`;
}
