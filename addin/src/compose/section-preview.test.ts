import { describe, expect, it } from "vitest";
import { levelWord, sectionPreview, type PreviewUnit, type SectionPreview } from "./section-preview";

const triYen: PreviewUnit = {
  name: "Ủy ban nhân dân xã Trí Yên",
  parentBody: "UBND huyện Yên Dũng",
  placeName: "Trí Yên",
  symbol: "UBND",
  signerAuthority: "TM. Ủy ban nhân dân",
  signerTitle: "Chủ tịch",
  signerName: "Nguyễn Văn Diễn",
  recipients: ["Phòng Nội vụ huyện", "- Đảng ủy, HĐND xã;"],
  draftingUnit: "VP-TK",
};
const values = { year: 2024, subject: "Phát động phong trào thi đua năm 2024", unit: triYen };

// The default wording as GET /api/sections serves it (service/ThiDua.Plans/Authoring/Sections).
const header = {
  tag: "thidua:header",
  defaultText: [
    "{cơ quan chủ quản}",
    "{unitName}",
    "Số:      /KH-{ký hiệu}",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "{place}, ngày      tháng      năm {year}",
  ],
};
const closing = {
  tag: "thidua:recipients thidua:signature",
  defaultText: ["Nơi nhận:", "- {nơi nhận};", "- Lưu: VT, {đơn vị soạn thảo}.", "{quyền hạn}", "{chức vụ}", "{họ và tên}"],
};
const canCu = { tag: "thidua:section:can-cu", defaultText: ["Căn cứ Luật Thi đua, khen thưởng;", "{unitName} ban hành Kế hoạch {subjectLower} như sau:"] };

/** The preview as one string, a missing value as `[what?]`. */
function shown(preview: SectionPreview): string[] {
  return preview.lines.map((line) => line.map((p) => ("text" in p ? p.text : `[${p.missing}?]`)).join(""));
}

describe("sectionPreview", () => {
  it("fills the header from the unit profile, the cơ quan lines in capitals", () => {
    const preview = sectionPreview(header, values);
    expect(shown(preview)).toEqual([
      "UBND HUYỆN YÊN DŨNG",
      "ỦY BAN NHÂN DÂN XÃ TRÍ YÊN",
      "Số: /KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Trí Yên, ngày tháng năm 2024",
    ]);
    expect(preview.missing).toEqual([]);
  });

  it("prints no cơ quan chủ quản line for a unit without one", () => {
    const preview = sectionPreview(header, { ...values, unit: { ...triYen, parentBody: " " } });
    expect(shown(preview)[0]).toBe("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN");
    expect(preview.missing).toEqual([]);
  });

  it("writes one Nơi nhận line per recipient, the Lưu line with the drafting unit or VP, the signature in capitals", () => {
    expect(shown(sectionPreview(closing, values))).toEqual([
      "Nơi nhận:",
      "- Phòng Nội vụ huyện;",
      "- Đảng ủy, HĐND xã;",
      "- Lưu: VT, VP-TK.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nguyễn Văn Diễn",
    ]);
    const deputy = { ...triYen, draftingUnit: null, signerAuthority: "TM. Ủy ban nhân dân\nKT. Chủ tịch", signerTitle: "Phó Chủ tịch" };
    expect(shown(sectionPreview(closing, { ...values, unit: deputy })).slice(3)).toEqual([
      "- Lưu: VT, VP.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Văn Diễn",
    ]);
  });

  it("marks the values the profile lacks instead of showing braces, and lists each once", () => {
    const incomplete = { ...triYen, symbol: "", signerName: "  ", recipients: [] };
    const closingPreview = sectionPreview(closing, { ...values, unit: incomplete });
    expect(shown(closingPreview)).toEqual([
      "Nơi nhận:",
      "- [nơi nhận?];",
      "- Lưu: VT, VP-TK.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "[họ tên người ký?]",
    ]);
    expect(closingPreview.missing).toEqual(["nơi nhận", "họ tên người ký"]);
    expect(sectionPreview(header, { ...values, unit: incomplete }).missing).toEqual(["ký hiệu"]);
    expect(shown(closingPreview).join("")).not.toMatch(/[{}]/u);
  });

  it("marks every unit value, and the year, when no unit is chosen and the year is not valid", () => {
    const preview = sectionPreview(header, { year: null, subject: "Kế hoạch", unit: null });
    expect(preview.missing).toEqual(["cơ quan chủ quản", "tên cơ quan ban hành", "ký hiệu", "địa danh", "năm"]);
    expect(shown(preview)[5]).toBe("[địa danh?], ngày tháng năm [năm?]");
  });

  it("runs the trích yếu on in a sentence, keeping an abbreviation's capitals, and names the unit as written", () => {
    expect(shown(sectionPreview(canCu, values))[1]).toBe(
      "Ủy ban nhân dân xã Trí Yên ban hành Kế hoạch phát động phong trào thi đua năm 2024 như sau:",
    );
    expect(shown(sectionPreview(canCu, { ...values, subject: "UBND xã phát động thi đua" }))[1]).toContain("Kế hoạch UBND xã phát động");
  });

  it("marks a token it does not know by its name", () => {
    const preview = sectionPreview({ tag: "thidua:x", defaultText: ["Ngày {ngày ký}"] }, values);
    expect(shown(preview)).toEqual(["Ngày [ngày ký?]"]);
    expect(preview.missing).toEqual(["ngày ký"]);
  });

  it("is empty for a section without default wording", () => {
    expect(sectionPreview({ tag: "thidua:x", defaultText: null }, values)).toEqual({ lines: [], missing: [] });
  });
});

describe("levelWord", () => {
  it("finds the first cấp hành chính of a name, the longer word at one place, or says đơn vị", () => {
    expect(levelWord("Ủy ban nhân dân xã Trí Yên")).toBe("xã");
    expect(levelWord("ỦY BAN NHÂN DÂN THỊ XÃ Quảng Yên")).toBe("thị xã");
    expect(levelWord("Ủy ban nhân dân phường Hải Anh, thành phố Nam Định")).toBe("phường");
    expect(levelWord("Hội Nông dân")).toBe("đơn vị");
  });
});
