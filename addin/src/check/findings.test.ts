import { describe, expect, it } from "vitest";
import type { Finding } from "../api/client";
import { countBySeverity, groupFindings, inPlaceFixable, needsTagging } from "./findings";

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

describe("groupFindings", () => {
  const findings = [
    finding({ rule: "PAGE-MARGIN", part: "document", paragraph: -1 }),
    finding({ rule: "TEXT-SPELL", part: "body", paragraph: 40 }),
    finding({ rule: "RCP-ITEMS", part: "closing", paragraph: 90 }),
    finding({ rule: "HDR-NUMBER-BLANK", part: "header", severity: "info", paragraph: 2 }),
    finding({ rule: "TEXT-SPACE", part: "body", paragraph: 12 }),
    finding({ rule: "HDR-DATE", part: "header", severity: "error", paragraph: 5 }),
    finding({ rule: "NUM-SEQUENCE", part: "body", severity: "error", paragraph: 50 }),
  ];

  it("orders parts as a plan reads and leaves out empty ones", () => {
    expect(groupFindings({ findings }).map((g) => g.title)).toEqual([
      "Phần đầu văn bản",
      "Nội dung",
      "Phần cuối văn bản",
      "Toàn văn bản",
    ]);
    expect(groupFindings({ findings: [finding({ part: "closing" })] }).map((g) => g.part)).toEqual(["closing"]);
  });

  it("puts errors first, then warnings, then infos, each in document order", () => {
    const [header, body] = groupFindings({ findings });
    expect(header!.findings.map((f) => f.rule)).toEqual(["HDR-DATE", "HDR-NUMBER-BLANK"]);
    expect(body!.findings.map((f) => f.rule)).toEqual(["NUM-SEQUENCE", "TEXT-SPACE", "TEXT-SPELL"]);
    expect(body!.counts).toEqual({ error: 1, warning: 2, info: 0 });
  });

  it("counts severities over the whole report", () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 4, info: 1 });
  });
});

describe("inPlaceFixable", () => {
  it("keeps findings whose fix Word can apply and that were evaluated", () => {
    const spell = finding({ fix: { description: "Sửa chính tả", paragraph: 40, replace: [{ find: "vủa", replaceWith: "của" }] } });
    const page = finding({ rule: "PAGE-SIZE", fix: { description: "A4", paragraph: -1, page: { widthMm: 210 } } });
    const unevaluated = finding({ evaluated: false, fix: { description: "x", paragraph: 3, run: { bold: true } } });
    expect(inPlaceFixable([spell, page, unevaluated, finding({})])).toEqual([spell]);
  });
});

describe("needsTagging", () => {
  it("is true when tags are missing or broken", () => {
    expect(needsTagging([finding({ rule: "TAG-MISSING", severity: "info" })])).toBe(true);
    expect(needsTagging([finding({ rule: "TAG-BROKEN", severity: "error" })])).toBe(true);
    expect(needsTagging([finding({ rule: "TEXT-SPELL" })])).toBe(false);
  });
});
