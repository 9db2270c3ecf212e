import { describe, expect, it } from "vitest";
import type { PlanMetadata, SubmissionResult, Target } from "../api/client";
import { toRow } from "./kpi-values";
import { outcomeLabel, reviewedSubmission, submitReviewed, summarizeSubmission } from "./submission";
import { ThiDuaClient } from "../api/client";

const plan: PlanMetadata = {
  issuer: "ỦY BAN NHÂN DÂN XÃ TRÍ YÊN",
  issuerParent: "UBND HUYỆN YÊN DŨNG",
  number: "16",
  symbol: "KH-UBND",
  place: "Trí Yên",
  date: "2024-02-20",
  year: 2024,
  subject: "Kế hoạch thi đua, khen thưởng năm 2024",
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerTitle: "CHỦ TỊCH",
  signerName: "Nguyễn Văn Diễn",
};

const rice: Target = {
  code: "nong-nghiep.nang-suat-lua",
  label: "Năng suất cây lúa bình quân",
  sector: "nong-nghiep",
  comparator: ">=",
  value: 61,
  valueAsWritten: "61",
  unit: "tạ/ha",
  qualitative: false,
  source: { sentence: "Năng suất cây lúa bình quân đạt 61 tạ/ha.", paragraph: 57, location: "đoạn 57", row: 1 },
  normalizedValue: 61,
  normalizedUnit: "tạ/ha",
};

const result: SubmissionResult = {
  outcome: "stored",
  planId: 7,
  versionId: 12,
  version: 1,
  supersededVersion: null,
  unitId: 3,
  unitName: "Ủy ban nhân dân xã Trí Yên",
  year: 2024,
  kpiCount: 24,
  contentHash: "a".repeat(64),
  message: "Đã lưu kế hoạch năm 2024 của Ủy ban nhân dân xã Trí Yên với 24 chỉ tiêu.",
};

describe("the reviewed submission", () => {
  it("holds the header and the corrected records in order, not the .docx", () => {
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, 250]);
    const rows = [
      { ...toRow(rice), valueText: "62,5" },
      toRow({
        ...rice,
        code: "",
        label: "Giữ vững an ninh",
        comparator: "maintain",
        value: null,
        valueAsWritten: "",
        unit: "",
        qualitative: true,
      }),
    ];
    const body = reviewedSubmission({ file: "tri-yen-2024.docx", plan, docx }, rows);

    expect(body.file).toBe("tri-yen-2024.docx");
    expect(body.plan).toEqual(plan);
    expect(body.unitId).toBeNull();
    expect(body.docx).toBeNull();
    expect(body.kpis!.map((k) => [k.label, k.value, k.valueAsWritten, k.qualitative])).toEqual([
      ["Năng suất cây lúa bình quân", 62.5, "62,5", false],
      ["Giữ vững an ninh", null, "", true],
    ]);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });

  it("goes as one form: the reviewed records as JSON in `extraction`, the .docx as `file`, no unitId", async () => {
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, 250]);
    let sent: { url: string; form: FormData } | undefined;
    const client = new ThiDuaClient("http://service", {
      fetch: async (url, init) => {
        sent = { url: String(url), form: init!.body as FormData };
        return new Response(JSON.stringify(result), { status: 201, headers: { "Content-Type": "application/json" } });
      },
    });

    expect(await submitReviewed(client, { file: "tri-yen-2024.docx", plan, docx }, [toRow(rice)])).toEqual(result);
    expect(sent!.url).toBe("http://service/api/plans/submit");
    expect([...sent!.form.keys()].sort()).toEqual(["extraction", "file"]);
    const extraction = JSON.parse(sent!.form.get("extraction") as string);
    expect([extraction.file, extraction.plan, extraction.kpis.length, extraction.docx]).toEqual([
      "tri-yen-2024.docx",
      plan,
      1,
      null,
    ]);
    const file = sent!.form.get("file") as File;
    expect([file.name, new Uint8Array(await file.arrayBuffer())]).toEqual(["tri-yen-2024.docx", docx]);
  });

  it("is refused while a value is not a number", () => {
    expect(() =>
      reviewedSubmission({ file: "a.docx", plan, docx: new Uint8Array() }, [{ ...toRow(rice), valueText: "61 tạ" }]),
    ).toThrow(/61 tạ/u);
  });
});

describe("what the pane says was stored", () => {
  it("a first submission: stored, with plan id, version and records", () => {
    const summary = summarizeSubmission(result);
    expect(summary.intent).toBe("success");
    expect(summary.title).toBe("Đã lưu chỉ tiêu vào cơ sở dữ liệu chung.");
    expect(summary.text).toBe(result.message);
    expect(summary.facts).toEqual([
      { label: "Kết quả", value: "Đã lưu" },
      { label: "Kế hoạch", value: "mã 7, phiên bản 1" },
      { label: "Chỉ tiêu đã lưu", value: "24" },
      { label: "Đơn vị", value: "Ủy ban nhân dân xã Trí Yên, năm 2024" },
    ]);
  });

  it("a revision: the new version replaces the one named", () => {
    const superseded = { ...result, outcome: "superseded", version: 3, supersededVersion: 2, kpiCount: 23 } as const;
    const summary = summarizeSubmission(superseded);
    expect(summary.intent).toBe("success");
    expect(summary.title).toBe("Đã lưu phiên bản 3, thay thế phiên bản 2.");
    expect(outcomeLabel(superseded)).toBe("Thay thế phiên bản 2");
    expect(summary.facts).toContainEqual({ label: "Kế hoạch", value: "mã 7, phiên bản 3" });
    expect(summary.facts).toContainEqual({ label: "Chỉ tiêu đã lưu", value: "23" });
  });

  it("the same content again: nothing changed, the stored version is named", () => {
    const summary = summarizeSubmission({ ...result, outcome: "unchanged", version: 2 });
    expect(summary.intent).toBe("info");
    expect(summary.title).toMatch(/^Không đổi/u);
    expect(summary.facts[0]).toEqual({ label: "Kết quả", value: "Không đổi" });
    expect(summary.facts).toContainEqual({ label: "Chỉ tiêu đang lưu", value: "24" });
  });
});
