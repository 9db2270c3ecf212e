import { describe, expect, it } from "vitest";
import { evidenceText } from "../shared/kpi-text";
import {
  comparatorText,
  formatDate,
  formatNumber,
  formatTargetValue,
  formatTime,
  formatValue,
  indicatorTitle,
  shortUnitName,
} from "./format";
import { sectorName, sectorOrder } from "./sectors";
import { withQuery } from "./api";

describe("dashboard formatting", () => {
  it("writes numbers in Vietnamese notation", () => {
    expect(formatNumber(60500000)).toBe("60.500.000");
    expect(formatNumber(99.6)).toBe("99,6");
    expect(formatNumber(null)).toBe("—");
  });

  it("writes per cent and per mille right after the number, other units after a space", () => {
    expect(formatValue(1.06, "%")).toBe("1,06%");
    expect(formatValue(11, "‰")).toBe("11‰");
    expect(formatValue(60500000, "đồng")).toBe("60.500.000 đồng");
    expect(formatValue(3, "")).toBe("3");
    expect(formatValue(null, "%")).toBe("—");
  });

  it("writes spans, changes, multiples and fractions legibly", () => {
    expect(formatTargetValue("range", 7.5, 8, "%", "", null)).toBe("7,5–8 %");
    expect(formatTargetValue("range", 58, 60, "triệu đồng", "", null)).toBe("58–60 triệu đồng");
    expect(formatTargetValue("increase", 10, null, "%", "cùng kỳ", null)).toBe("+10 % so với cùng kỳ");
    expect(formatTargetValue("decrease", 0.5, null, "%", "năm 2015", null)).toBe("−0,5 % so với năm 2015");
    expect(formatTargetValue("increase", 3, 5, "%", "năm trước", null)).toBe("+3–5 % so với năm trước");
    expect(formatTargetValue("multiple", 2.15, null, "lần", "năm 2015", null)).toBe("gấp 2,15 lần so với năm 2015");
    expect(formatTargetValue("=", 4, null, "thôn", "", 9)).toBe("4/9 thôn");
    expect(formatTargetValue(">=", 99.6, null, "%", "", null)).toBe("99,6%");
    expect(formatTargetValue("", null, null, "", "", null)).toBe("—");
  });

  it("names the base and target year of an indicator", () => {
    expect(indicatorTitle("Thu ngân sách", "%", "increase", 2024, "cùng kỳ")).toBe(
      "Thu ngân sách (%, tăng so với cùng kỳ, năm 2024)",
    );
    expect(indicatorTitle("Tỷ lệ hộ nghèo", "%", "<", 2025, "")).toBe("Tỷ lệ hộ nghèo (%, dưới, năm 2025)");
    expect(comparatorText("range")).toBe("trong khoảng");
    expect(comparatorText("multiple")).toBe("gấp");
  });

  it("says why a record was taken", () => {
    expect(evidenceText({ heading: "2. Mục tiêu cụ thể", wording: "phấn đấu, đạt", column: "" })).toBe(
      "Căn cứ: mục «2. Mục tiêu cụ thể»; từ «phấn đấu, đạt»",
    );
    expect(evidenceText({ heading: "", wording: "", column: "Kế hoạch 2024" })).toBe("Căn cứ: cột «Kế hoạch 2024»");
    expect(evidenceText({ heading: "", wording: "", column: "" })).toBe("");
    expect(evidenceText(undefined)).toBe("");
  });

  it("shortens unit names for chart axes only where the name starts with Ủy ban nhân dân", () => {
    expect(shortUnitName("Ủy ban nhân dân xã Trí Yên")).toBe("xã Trí Yên");
    expect(shortUnitName("ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ")).toBe("HUYỆN ĐẮK HÀ");
    expect(shortUnitName("UBND xã Hải Anh")).toBe("xã Hải Anh");
    expect(shortUnitName("Hội Nông dân xã Trí Yên")).toBe("Hội Nông dân xã Trí Yên");
    expect(shortUnitName("Ủy ban nhân dân")).toBe("Ủy ban nhân dân");
  });

  it("names sectors in Vietnamese, in catalogue order", () => {
    expect(sectorName("y-te")).toBe("Y tế");
    expect(sectorName("van-hoa-xa-hoi")).toBe("Văn hóa - xã hội");
    expect(sectorName("khong-co")).toBe("khong-co");
    expect(sectorName("")).toBe("Khác");
    expect(sectorOrder("kinh-te")).toBeLessThan(sectorOrder("y-te"));
    expect(sectorOrder("khong-co")).toBeGreaterThan(sectorOrder("xay-dung-chinh-quyen"));
  });

  it("writes dates day first and leaves bad dates empty", () => {
    expect(formatDate("2024-02-01")).toBe("01/02/2024");
    expect(formatDate("không phải ngày")).toBe("");
    expect(formatDate(null)).toBe("");
  });

  it("shows a time of the service (UTC) in Vietnam time", () => {
    expect(formatTime("2024-02-01T20:30:00Z")).toMatch(/^(03:30 02\/02\/2024|02\/02\/2024,? 03:30)$/u);
    expect(formatTime(null)).toBe("");
  });

  it("reads comparators in Vietnamese", () => {
    expect(comparatorText(">=")).toBe("đạt ít nhất");
    expect(comparatorText("maintain")).toBe("duy trì");
    expect(comparatorText("")).toBe("");
    expect(indicatorTitle("Tỷ lệ hộ nghèo", "%", "<=")).toBe("Tỷ lệ hộ nghèo (%, không quá)");
    expect(indicatorTitle("An ninh trật tự", "", "")).toBe("An ninh trật tự");
  });

  it("leaves empty filters out of the query string", () => {
    expect(withQuery("/api/kpis/summary", { year: 2024, sector: "", code: undefined })).toBe(
      "/api/kpis/summary?year=2024",
    );
    expect(withQuery("/api/plans", {})).toBe("/api/plans");
  });
});
