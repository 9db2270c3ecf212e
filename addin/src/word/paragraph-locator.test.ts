import { describe, expect, it } from "vitest";
import { locateParagraph, normalizeText } from "./paragraph-locator";

const texts = [
  "ỦY BAN NHÂN DÂN\vXÃ TIÊN ĐỘNG",
  "Số:      /KH-UBND",
  "MỤC ĐÍCH, YÊU CẦU",
  "Tổ chức phong trào thi đua vủa toàn xã.",
  "Căn cứ Luât Thi đua, khen thưởng năm 2022;",
  "Tổ chức phong trào thi đua vủa toàn xã.",
];

describe("locateParagraph", () => {
  it("keeps the service's index when the text there agrees", () => {
    expect(locateParagraph(texts, { paragraph: 4, text: "Căn cứ Luât Thi đua" })).toBe(4);
  });

  it("accepts an excerpt cut with an ellipsis and whitespace differences", () => {
    expect(locateParagraph(texts, { paragraph: 1, text: "Số: /KH-UBND…" })).toBe(1);
    expect(locateParagraph(texts, { paragraph: 0, text: "ỦY BAN NHÂN DÂN XÃ TIÊN ĐỘNG" })).toBe(0);
  });

  it("finds the paragraph elsewhere when the document moved, choosing the nearest match", () => {
    expect(locateParagraph(texts, { paragraph: 1, text: "Căn cứ Luât" })).toBe(4);
    expect(locateParagraph(texts, { paragraph: 5, text: "thi đua vủa" })).toBe(5);
    expect(locateParagraph(texts, { paragraph: 2, text: "thi đua vủa" })).toBe(3);
  });

  it("matches a heading excerpt that carries the automatic numbering label Word leaves out of the text", () => {
    expect(locateParagraph(texts, { paragraph: 2, text: "I. MỤC ĐÍCH, YÊU CẦU" })).toBe(2);
  });

  it("compares NFD text with NFC text", () => {
    expect(locateParagraph(["Kế hoạch".normalize("NFD")], { paragraph: 0, text: "Kế hoạch" })).toBe(0);
  });

  it("returns -1 when no paragraph holds the excerpt or the finding is document-wide", () => {
    expect(locateParagraph(texts, { paragraph: 3, text: "không có trong văn bản" })).toBe(-1);
    expect(locateParagraph(texts, { paragraph: -1, text: "(thiếu)" })).toBe(-1);
    expect(locateParagraph(texts, { paragraph: 99, text: "" })).toBe(-1);
  });

  it("uses the index alone for a missing element's placeholder", () => {
    expect(locateParagraph(texts, { paragraph: 2, text: "(thiếu)" })).toBe(2);
  });
});

describe("normalizeText", () => {
  it("folds tabs, line breaks and non-breaking spaces into one space", () => {
    expect(normalizeText(" a\t b\u000bc\u00a0 d ")).toBe("a b c d");
  });
});
