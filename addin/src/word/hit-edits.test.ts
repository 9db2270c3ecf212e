import { describe, expect, it } from "vitest";
import { nfcEdits, occurrenceAt, planTextEdits, toWordSearchText, upperCaseEdits } from "./hit-edits";

describe("toWordSearchText", () => {
  it("escapes Word's caret and writes tabs and line breaks as Word's search codes", () => {
    expect(toWordSearchText("a^b")).toBe("a^^b");
    expect(toWordSearchText("ỦY BAN\u000bXÃ\tA")).toBe("ỦY BAN^lXÃ^tA");
  });
});

describe("occurrenceAt", () => {
  it("counts the non-overlapping hits before a position, as Word's search returns them", () => {
    expect(occurrenceAt("xã Trí Yên, xã Yên Lư", "xã", 12)).toBe(1);
    expect(occurrenceAt("aaa", "aa", 1)).toBe(-1);
  });
});

describe("edits of words", () => {
  it("rewrites only the words not in NFC, one hit each, whole words so marks stay with their letters", () => {
    const nfd = "Kế hoạch".normalize("NFD");
    const text = `${nfd} thi đua ${nfd}`;
    const edits = nfcEdits(text);
    expect(edits.map((e) => [e.find, e.occurrence, e.replaceWith])).toEqual([
      ["Kế".normalize("NFD"), 0, "Kế"],
      ["hoạch".normalize("NFD"), 0, "hoạch"],
      ["Kế".normalize("NFD"), 1, "Kế"],
      ["hoạch".normalize("NFD"), 1, "hoạch"],
    ]);
  });

  it("puts the words in capitals the Vietnamese way", () => {
    expect(upperCaseEdits("Ủy ban nhân dân xã").map((e) => e.replaceWith)).toEqual(["ỦY", "BAN", "NHÂN", "DÂN", "XÃ"]);
  });
});

describe("planTextEdits", () => {
  it("plans the replacements and the word rewrites last first, so no change moves a hit still to be made", () => {
    const plan = planTextEdits("nơi nhân:  Phòng", [{ find: "nhân:", replaceWith: "nhận:" }], { upperCase: true });
    expect(plan.edits.map((e) => e.start)).toEqual([11, 4, 0]);
    expect(plan.result).toBe("NƠI NHẬN:  PHÒNG");
    expect(plan.missing).toBe(0);
  });

  it("keeps the first of two overlapping replacements and counts a replacement whose text is gone", () => {
    const plan = planTextEdits("19  tháng 02", [
      { find: "19  tháng", replaceWith: "19 tháng" },
      { find: "  ", replaceWith: " " },
      { find: "vủa", replaceWith: "của" },
    ]);
    expect(plan.result).toBe("19 tháng 02");
    expect(plan.missing).toBe(2);
  });
});
