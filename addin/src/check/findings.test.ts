import { describe, expect, it } from "vitest";
import type { Finding, RuleDescription } from "../api/client";
import {
  appliedProfileText,
  countOpen,
  differsOnlyInWhitespace,
  firstWords,
  formatFixes,
  groupForReview,
  needsTagging,
  placeOf,
  reviewItems,
  visibleWhitespace,
  wordingProposals,
  type ReviewItem,
} from "./findings";

const finding = (f: Partial<Finding>): Finding => ({
  rule: "TEXT-SPELL",
  severity: "warning",
  part: "body",
  paragraph: 10,
  text: "",
  message: "",
  expected: "",
  observed: "",
  ...f,
});

const rules = new Map<string, RuleDescription>([
  [
    "TEXT-SPELL",
    {
      id: "TEXT-SPELL",
      severity: "warning",
      part: "body",
      title: "Chính tả",
      explanation: "",
      basis: "house",
      clause: "Quy định của cơ quan",
    } as RuleDescription,
  ],
]);

describe("reviewItems", () => {
  it("keys every finding, tells a formatting fix from a change of wording, and sets aside what the document remembers", () => {
    const spelling = finding({
      text: "Căn cứ Luât Thi đua",
      fix: { description: "Sửa", paragraph: 10, replace: [{ find: "Luât", replaceWith: "Luật" }] },
    });
    const spacing = finding({
      rule: "TEXT-SPACE",
      text: "ngày 19  tháng",
      fix: { description: "Sửa", paragraph: 10, replace: [{ find: "19  tháng", replaceWith: "19 tháng" }] },
    });
    const font = finding({
      rule: "BODY-FONT",
      paragraph: 12,
      text: "Tổ chức",
      fix: { description: "Cỡ 14", paragraph: 12, run: { sizePt: 14 } },
    });
    const page = finding({
      rule: "PAGE-SIZE",
      paragraph: -1,
      fix: { description: "A4", paragraph: -1, page: { widthMm: 210 } },
    });
    const items = reviewItems({ findings: [spelling, spacing, font, page, spelling] }, [
      { rule: "TEXT-SPACE", text: "ngày 19 tháng" },
    ]);

    expect(items.map((i) => i.change)).toEqual(["wording", "format", "format", null, "wording"]);
    expect(items.map((i) => i.status)).toEqual(["open", "set-aside", "open", "open", "open"]);
    expect(new Set(items.map((i) => i.key)).size).toBe(5);
    expect(formatFixes(items).map((i) => i.finding.rule)).toEqual(["BODY-FONT"]);
    expect(wordingProposals(items)).toHaveLength(2);
  });
});

describe("groupForReview", () => {
  const items = reviewItems(
    {
      findings: [
        finding({ rule: "PAGE-MARGIN", part: "document", paragraph: -1 }),
        finding({ rule: "TEXT-SPELL", paragraph: 40 }),
        finding({ rule: "RCP-ITEMS", part: "closing", paragraph: 90 }),
        finding({ rule: "HDR-NUMBER-BLANK", part: "header", severity: "info", paragraph: 2 }),
        finding({ rule: "TEXT-SPELL", paragraph: 12 }),
        finding({ rule: "HDR-DATE", part: "header", severity: "error", paragraph: 5 }),
        finding({ rule: "NUM-SEQUENCE", severity: "error", paragraph: 50 }),
      ],
    },
    [],
  );

  it("orders parts as a plan reads, rules with errors first, and a rule's findings in document order", () => {
    const groups = groupForReview(items, rules);
    expect(groups.map((g) => g.title)).toEqual(["Phần đầu văn bản", "Nội dung", "Phần cuối văn bản", "Toàn văn bản"]);
    expect(groups[0]!.rules.map((r) => r.rule)).toEqual(["HDR-DATE", "HDR-NUMBER-BLANK"]);
    const body = groups[1]!;
    expect(body.rules.map((r) => r.rule)).toEqual(["NUM-SEQUENCE", "TEXT-SPELL"]);
    expect(body.rules[1]!.title).toBe("Chính tả");
    expect(body.rules[1]!.items.map((i) => i.finding.paragraph)).toEqual([12, 40]);
    expect(body.counts).toEqual({ error: 1, warning: 2, info: 0 });
  });

  it("counts only open findings and leaves set-aside ones out of the list", () => {
    const changed: ReviewItem[] = items.map((i) =>
      i.finding.paragraph === 12
        ? { ...i, status: "set-aside" }
        : i.finding.paragraph === 40
          ? { ...i, status: "fixed" }
          : i,
    );
    expect(countOpen(changed)).toEqual({ error: 2, warning: 2, info: 1 });
    const body = groupForReview(changed, rules)[1]!;
    expect(body.rules.find((r) => r.rule === "TEXT-SPELL")!.items.map((i) => i.finding.paragraph)).toEqual([40]);
    expect(body.rules.find((r) => r.rule === "TEXT-SPELL")!.open).toBe(0);
  });
});

describe("needsTagging", () => {
  it("is true while a TAG-MISSING or TAG-BROKEN finding is open", () => {
    expect(needsTagging(reviewItems({ findings: [finding({ rule: "TAG-MISSING", severity: "info" })] }, []))).toBe(
      true,
    );
    const fixed = reviewItems({ findings: [finding({ rule: "TAG-BROKEN" })] }, []).map((i) => ({
      ...i,
      status: "fixed" as const,
    }));
    expect(needsTagging(fixed)).toBe(false);
    expect(needsTagging(reviewItems({ findings: [finding({})] }, []))).toBe(false);
  });
});

describe("place and text", () => {
  it("names the part and the paragraph's first words, never a paragraph number", () => {
    expect(placeOf(finding({ text: "Căn cứ Luât Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn…" }))).toBe(
      "Nội dung, đoạn “Căn cứ Luât Thi đua, khen thưởng năm…”",
    );
    expect(placeOf(finding({ part: "header", paragraph: -1, text: "(thiếu)" }))).toBe("Phần đầu văn bản");
    expect(firstWords("(thiếu)")).toBe("");
  });

  it("shows white space where a finding is about it", () => {
    expect(visibleWhitespace("19  tháng\t02")).toBe("19··tháng→02");
    expect(differsOnlyInWhitespace("19  tháng", "19 tháng")).toBe(true);
    expect(differsOnlyInWhitespace("Luât", "Luật")).toBe(false);
  });
});

describe("rule profiles", () => {
  const province = "Hướng dẫn thể thức văn bản của tỉnh (mẫu)";
  const decree = "Nghị định 30/2020/NĐ-CP (mặc định)";

  it("names the profile that set a finding's expectation, and none where the decree's own applies", () => {
    const items = reviewItems(
      {
        findings: [
          finding({ rule: "BODY-FONT", profile: province }),
          finding({ rule: "TEXT-SPELL", profile: decree }),
          finding({ rule: "PAGE-SIZE" }),
        ],
        profile: { name: "tinh-mau", title: province, chain: [province] },
      },
      [],
    );
    expect(items.map((i) => i.setBy)).toEqual([province, null, null]);
  });

  it("says which rules a check applied: the decree alone, or with the profiles on top, most general first", () => {
    expect(appliedProfileText({ name: "mac-dinh", title: decree, chain: [] })).toBe("Nghị định 30/2020/NĐ-CP");
    expect(appliedProfileText(null)).toBe("Nghị định 30/2020/NĐ-CP");
    expect(
      appliedProfileText({ name: "truong", title: "Quy định của trường", chain: [province, "Quy định của trường"] }),
    ).toBe(`Nghị định 30/2020/NĐ-CP và ${province} → Quy định của trường`);
  });
});
