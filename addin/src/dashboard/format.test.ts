import { describe, expect, it } from "vitest";
import { comparatorText, formatDate, formatNumber, indicatorTitle } from "./format";
import { withQuery } from "./api";

describe("dashboard formatting", () => {
  it("writes numbers in Vietnamese notation", () => {
    expect(formatNumber(60500000)).toBe("60.500.000");
    expect(formatNumber(99.6)).toBe("99,6");
    expect(formatNumber(null)).toBe("—");
  });

  it("writes dates day first and leaves bad dates empty", () => {
    expect(formatDate("2024-02-01")).toBe("01/02/2024");
    expect(formatDate("không phải ngày")).toBe("");
    expect(formatDate(null)).toBe("");
  });

  it("reads comparators in Vietnamese", () => {
    expect(comparatorText(">=")).toBe("đạt ít nhất");
    expect(comparatorText("maintain")).toBe("duy trì");
    expect(comparatorText("")).toBe("");
    expect(indicatorTitle("Tỷ lệ hộ nghèo", "%", "<=")).toBe("Tỷ lệ hộ nghèo (%, không quá)");
    expect(indicatorTitle("An ninh trật tự", "", "")).toBe("An ninh trật tự");
  });

  it("leaves empty filters out of the query string", () => {
    expect(withQuery("/api/kpis/summary", { year: 2024, sector: "", code: undefined })).toBe("/api/kpis/summary?year=2024");
    expect(withQuery("/api/plans", {})).toBe("/api/plans");
  });
});
