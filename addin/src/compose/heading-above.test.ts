import { describe, expect, it } from "vitest";
import { headingAbove, nextMucLabel } from "./heading-above";

const p = (text: string, label = "") => ({ text, label });

describe("headingAbove", () => {
  it("finds the last typed mục label above the cursor", () => {
    const paragraphs = [
      p("KẾ HOẠCH"),
      p("I. MỤC ĐÍCH, YÊU CẦU"),
      p("1. Mục đích"),
      p("II. NỘI DUNG"),
      p("1. Nội dung thi đua"),
      p("Phát động…"),
    ];
    expect(headingAbove(paragraphs, 1)).toEqual({ level: 1, label: "II.", text: "NỘI DUNG" });
    expect(headingAbove(paragraphs)).toEqual({ level: 2, label: "1.", text: "Nội dung thi đua" });
  });

  it("reads Word's automatic numbering labels, which are not in the paragraph text", () => {
    const paragraphs = [
      p("MỤC ĐÍCH, YÊU CẦU", "I."),
      p("Mục đích", "1."),
      p("NỘI DUNG THI ĐUA", "II."),
      p("Chỉ tiêu", "2.1."),
    ];
    expect(headingAbove(paragraphs, 1)?.label).toBe("II.");
    expect(headingAbove(paragraphs)).toEqual({ level: 3, label: "2.1.", text: "Chỉ tiêu" });
  });

  it("skips long numbered paragraphs, which are khoản without a title, not headings", () => {
    const long = `1. ${"Tuyên truyền, phổ biến sâu rộng các phong trào thi đua ".repeat(4)}`;
    expect(headingAbove([p("I. MỤC ĐÍCH"), p(long)])?.label).toBe("I.");
  });

  it("is null above the first numbered part", () => {
    expect(headingAbove([p("ỦY BAN NHÂN DÂN"), p("KẾ HOẠCH"), p("Thi đua năm 2024")])).toBeNull();
    expect(headingAbove([])).toBeNull();
  });
});

describe("nextMucLabel", () => {
  it.each([
    [null, "I."],
    ["I.", "II."],
    ["III.", "IV."],
    ["VIII.", "IX."],
    ["IX", "X."],
    ["XIV.", "XV."],
  ])("follows %s with %s", (previous, next) => {
    expect(nextMucLabel(previous)).toBe(next);
  });
});
