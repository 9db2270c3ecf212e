import { describe, expect, it } from "vitest";
import type { Target } from "../api/client";
import {
  formatVietnameseNumber,
  isEdited,
  parseVietnameseNumber,
  toRow,
  toTarget,
  valueError,
  yearError,
} from "./kpi-values";

const target: Target = {
  code: "kinh-te.thu-nhap-binh-quan",
  label: "Thu nhập bình quân đầu người",
  sector: "kinh-te",
  comparator: ">=",
  value: 60500000,
  valueAsWritten: "60.500.000",
  unit: "đồng",
  qualitative: false,
  source: { sentence: "Thu nhập bình quân đầu người đạt 60.500.000 đồng.", paragraph: 58, location: "đoạn 58", row: 2 },
};

describe("Vietnamese numbers", () => {
  it.each([
    ["60.500.000", 60500000],
    ["10.129.300.000", 10129300000],
    ["99,6", 99.6],
    ["1,06", 1.06],
    ["5.350", 5350],
    ["61", 61],
    ["99.6", 99.6],
    [" 1.234,5 ", 1234.5],
  ])("reads %s as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(["", "abc", "1,2,3", "60.50.000", "12 %"])("refuses %j", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it("writes numbers back in Vietnamese notation", () => {
    expect(formatVietnameseNumber(60500000)).toBe("60.500.000");
    expect(formatVietnameseNumber(1.06)).toBe("1,06");
    expect(parseVietnameseNumber(formatVietnameseNumber(10129300000))).toBe(10129300000);
  });
});

describe("an edited row", () => {
  it("starts unedited with the value in Vietnamese notation", () => {
    const row = toRow(target);
    expect(row.valueText).toBe("60.500.000");
    expect(isEdited(row)).toBe(false);
    expect(valueError(row)).toBeNull();
  });

  it("is edited when the value, unit or comparator changes", () => {
    expect(isEdited({ ...toRow(target), valueText: "61.000.000" })).toBe(true);
    expect(isEdited({ ...toRow(target), unit: "triệu đồng" })).toBe(true);
    expect(isEdited({ ...toRow(target), comparator: ">" })).toBe(true);
    expect(isEdited({ ...toRow(target), valueText: "60500000" })).toBe(false);
  });

  it("explains a value that is not a number", () => {
    expect(valueError({ ...toRow(target), valueText: "sáu mươi" })).toMatch(/60\.500\.000/u);
    expect(valueError({ ...toRow({ ...target, value: null, qualitative: true }), valueText: "" })).toBeNull();
  });
});

describe("the record sent after review", () => {
  it("is the extracted record when nothing was edited, without the normalised fields the service computes", () => {
    const sent = toTarget(toRow({ ...target, normalizedValue: 60500000, normalizedUnit: "đồng" }));
    expect(sent).toEqual(target);
    expect(sent).not.toHaveProperty("normalizedValue");
    expect(sent).not.toHaveProperty("normalizedUnit");
  });

  it("carries the corrected comparator, value as typed and trimmed unit", () => {
    const sent = toTarget({ ...toRow(target), comparator: ">", valueText: " 61,5 ", unit: " triệu đồng " });
    expect(sent).toMatchObject({
      comparator: ">",
      value: 61.5,
      valueAsWritten: "61,5",
      unit: "triệu đồng",
      qualitative: false,
    });
    expect(sent.label).toBe(target.label);
    expect(sent.source).toEqual(target.source);
  });

  it("keeps the value as written in the plan when the typed value reads the same", () => {
    expect(toTarget({ ...toRow(target), valueText: "60500000" }).valueAsWritten).toBe("60.500.000");
  });

  it("becomes qualitative when the value is cleared, and measurable when one is typed", () => {
    expect(toTarget({ ...toRow(target), valueText: "" })).toMatchObject({
      value: null,
      valueAsWritten: "",
      qualitative: true,
    });
    const qualitative: Target = {
      ...target,
      comparator: "maintain",
      value: null,
      valueAsWritten: "",
      unit: "",
      qualitative: true,
    };
    expect(toTarget({ ...toRow(qualitative), valueText: "100", unit: "%" })).toMatchObject({
      value: 100,
      valueAsWritten: "100",
      unit: "%",
      qualitative: false,
    });
  });

  it("refuses a value that is not a number", () => {
    expect(() => toTarget({ ...toRow(target), valueText: "sáu mươi" })).toThrow(/sáu mươi/u);
  });
});

describe("spans, changes and target years", () => {
  const span: Target = {
    ...target,
    label: "Tỷ lệ hộ gia đình văn hóa",
    comparator: "range",
    value: 90,
    valueMax: 92,
    valueAsWritten: "90 - 92",
    unit: "%",
    targetYear: 2024,
    evidence: { heading: "2. Các chỉ tiêu chủ yếu", wording: "từ … đến", column: "" },
  };

  it("keeps the upper end, the target year and the evidence of an extracted span", () => {
    const row = toRow(span);
    expect(row.valueMaxText).toBe("92");
    expect(row.targetYearText).toBe("2024");
    expect(isEdited(row)).toBe(false);
    expect(toTarget(row)).toEqual(span);
  });

  it("asks for an upper end not below the lower one", () => {
    expect(valueError({ ...toRow(span), valueMaxText: "" })).toMatch(/tối đa/u);
    expect(valueError({ ...toRow(span), valueMaxText: "85" })).toMatch(/lớn hơn/u);
    expect(valueError({ ...toRow(span), valueMaxText: "9x" })).toMatch(/60\.500\.000/u);
  });

  it("sends the base of a change and drops it when the record becomes a level", () => {
    const change = toTarget({
      ...toRow(target),
      comparator: "increase",
      valueText: "10",
      unit: "%",
      base: " cùng kỳ ",
    });
    expect(change).toMatchObject({ comparator: "increase", value: 10, base: "cùng kỳ" });
    const level = toTarget({ ...toRow({ ...target, comparator: "increase", base: "năm 2015" }), comparator: ">=" });
    expect(level.base).toBe("");
    expect(isEdited({ ...toRow(target), base: "cùng kỳ" })).toBe(true);
  });

  it("checks and sends the target year", () => {
    expect(yearError({ ...toRow(target), targetYearText: "25" })).toMatch(/bốn chữ số/u);
    expect(yearError({ ...toRow(target), targetYearText: "" })).toBeNull();
    expect(toTarget({ ...toRow(target), targetYearText: "2030" }).targetYear).toBe(2030);
    expect(isEdited({ ...toRow(target), targetYearText: "2030" })).toBe(true);
  });
});
