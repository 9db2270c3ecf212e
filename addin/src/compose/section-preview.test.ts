import { describe, expect, it } from "vitest";
import { PREVIEW_LENGTH, sectionPreview } from "./section-preview";

const unit = { name: "Ủy ban nhân dân xã Trí Yên", placeName: "Trí Yên", level: "xã" };

describe("sectionPreview", () => {
  it("fills the tokens the pane knows and joins the paragraphs", () => {
    const section = { defaultText: ["Phấn đấu hoàn thành các chỉ tiêu thi đua chủ yếu năm {year} như sau:", "{place}, năm {nextYear}"] };
    expect(sectionPreview(section, { year: 2024, unit })).toBe(
      "Phấn đấu hoàn thành các chỉ tiêu thi đua chủ yếu năm 2024 như sau: · Trí Yên, năm 2025",
    );
  });

  it("shows an ellipsis for tokens without a value", () => {
    expect(sectionPreview({ defaultText: ["{cơ quan chủ quản}", "Năm {year}, {subject}"] }, { year: null, unit: null })).toBe("{cơ quan chủ quản} · Năm …, …");
  });

  it("cuts long wording and is empty for a section without default text", () => {
    const long = sectionPreview({ defaultText: ["x ".repeat(400)] }, { year: 2024, unit });
    expect(long.length).toBe(PREVIEW_LENGTH);
    expect(long.endsWith("…")).toBe(true);
    expect(sectionPreview({ defaultText: null }, { year: 2024, unit })).toBe("");
  });
});
