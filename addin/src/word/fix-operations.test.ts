import { describe, expect, it } from "vitest";
import type { Fix } from "../api/client";
import { canApplyInPlace, fixChange, toParagraphEdit } from "./fix-operations";

const fix = (f: Partial<Fix>): Fix => ({ description: "Sửa", paragraph: 3, ...f });

describe("canApplyInPlace", () => {
  it("accepts formatting, paragraph format, text replacement and NFC fixes of a paragraph", () => {
    expect(canApplyInPlace(fix({ run: { sizePt: 13 } }))).toBe(true);
    expect(canApplyInPlace(fix({ paragraphFormat: { alignment: "justified" } }))).toBe(true);
    expect(canApplyInPlace(fix({ replace: [{ find: "vủa", replaceWith: "của" }] }))).toBe(true);
    expect(canApplyInPlace(fix({ kind: "normalize-nfc" }))).toBe(true);
  });

  it("refuses page setup, document-wide, tagging and legacy-font fixes, and no fix", () => {
    expect(canApplyInPlace(fix({ paragraph: -1, page: { widthMm: 210 } }))).toBe(false);
    expect(canApplyInPlace(fix({ paragraph: -1, run: { fontName: "Times New Roman" } }))).toBe(false);
    expect(canApplyInPlace(fix({ kind: "wrap-tags" }))).toBe(false);
    expect(canApplyInPlace(fix({ kind: "convert-legacy", run: { fontName: "Times New Roman" } }))).toBe(false);
    expect(canApplyInPlace(fix({}))).toBe(false);
    expect(canApplyInPlace(null)).toBe(false);
  });
});

describe("toParagraphEdit", () => {
  it("converts cm to points, lines to points and the alignment to Word's names", () => {
    const edit = toParagraphEdit(
      fix({
        paragraphFormat: {
          alignment: "justified",
          firstLineIndentCm: 1.27,
          leftIndentCm: 0,
          spaceBeforePt: 6,
          spaceAfterPt: 0,
          lineSpacingLines: 1.5,
        },
      }),
    );
    expect(edit.paragraph).toEqual({
      alignment: "Justified",
      firstLineIndent: 36,
      leftIndent: 0,
      spaceBefore: 6,
      spaceAfter: 0,
      lineSpacing: 18,
    });
    expect(toParagraphEdit(fix({ paragraphFormat: { firstLineIndentCm: 1 } })).paragraph.firstLineIndent).toBeCloseTo(
      28.35,
      2,
    );
    expect(toParagraphEdit(fix({ paragraphFormat: { alignment: "center" } })).paragraph.alignment).toBe("Centered");
  });

  it("sets only the character properties the fix names, with #RRGGBB colours and Word's underline names", () => {
    const edit = toParagraphEdit(
      fix({
        run: { fontName: "Times New Roman", sizePt: 13, bold: true, italic: false, underline: false, color: "000000" },
      }),
    );
    expect(edit.font).toEqual({
      name: "Times New Roman",
      size: 13,
      bold: true,
      italic: false,
      underline: "None",
      color: "#000000",
    });
    expect(toParagraphEdit(fix({ run: { italic: true } })).font).toEqual({ italic: true });
    expect(toParagraphEdit(fix({ run: { color: "auto" } })).font).toEqual({ color: "#000000" });
  });

  it("keeps replacements in order and drops empty or no-op ones", () => {
    const edit = toParagraphEdit(
      fix({
        replace: [
          { find: "19  tháng", replaceWith: "19 tháng" },
          { find: "", replaceWith: "x" },
          { find: "a", replaceWith: "a" },
          { find: "vủa", replaceWith: "của" },
        ],
      }),
    );
    expect(edit.replacements).toEqual([
      { find: "19  tháng", replaceWith: "19 tháng" },
      { find: "vủa", replaceWith: "của" },
    ]);
  });

  it("marks upper-casing, highlight removal and NFC normalisation", () => {
    expect(toParagraphEdit(fix({ run: { allCaps: true, removeHighlight: true } }))).toMatchObject({
      upperCase: true,
      removeHighlight: true,
    });
    expect(toParagraphEdit(fix({ kind: "normalize-nfc" })).normalizeNfc).toBe(true);
  });

  it("throws for a fix Word cannot apply", () => {
    expect(() => toParagraphEdit(fix({ paragraph: -1, page: { topMm: 20 } }))).toThrow(RangeError);
  });
});

describe("fixChange", () => {
  it("counts formatting, spacing, capitals and NFC as the look, and changed letters as wording", () => {
    expect(fixChange(fix({ run: { sizePt: 14 } }))).toBe("format");
    expect(fixChange(fix({ replace: [{ find: "19  tháng", replaceWith: "19 tháng" }] }))).toBe("format");
    expect(fixChange(fix({ replace: [{ find: "nơi nhận:", replaceWith: "Nơi nhận:" }] }))).toBe("format");
    expect(fixChange(fix({ kind: "normalize-nfc" }))).toBe("format");
    expect(fixChange(fix({ replace: [{ find: "Luât", replaceWith: "Luật" }] }))).toBe("wording");
    expect(fixChange(fix({ replace: [{ find: "Đảng đảng", replaceWith: "Đảng" }], run: { bold: true } }))).toBe(
      "wording",
    );
  });
});
