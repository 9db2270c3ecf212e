import { describe, expect, it } from "vitest";
import type { Target } from "../api/client";
import { formatVietnameseNumber, isEdited, parseVietnameseNumber, toRow, toTarget, valueError } from "./kpi-values";

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
    expect(sent).toMatchObject({ comparator: ">", value: 61.5, valueAsWritten: "61,5", unit: "triệu đồng", qualitative: false });
    expect(sent.label).toBe(target.label);
    expect(sent.source).toEqual(target.source);
  });

  it("keeps the value as written in the plan when the typed value reads the same", () => {
    expect(toTarget({ ...toRow(target), valueText: "60500000" }).valueAsWritten).toBe("60.500.000");
  });

  it("becomes qualitative when the value is cleared, and measurable when one is typed", () => {
    expect(toTarget({ ...toRow(target), valueText: "" })).toMatchObject({ value: null, valueAsWritten: "", qualitative: true });
    const qualitative: Target = { ...target, comparator: "maintain", value: null, valueAsWritten: "", unit: "", qualitative: true };
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
