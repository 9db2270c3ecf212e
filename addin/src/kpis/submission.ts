import type { MessageBarIntent } from "@fluentui/react-components";
import type { PlanMetadata, SubmissionRequest, SubmissionResult, ThiDuaClient } from "../api/client";
import { docxFile } from "../api/service";
import { toTarget, type KpiRow } from "./kpi-values";

/** What was extracted from the open document: the file name the service was given, the header data and the .docx. */
export interface Extraction {
  readonly file: string;
  readonly plan: PlanMetadata;
  /** The .docx the records were read from, stored with them so the original file is kept. */
  readonly docx: Uint8Array;
}

/**
 * The reviewed extraction, the `extraction` field of `POST /api/plans/submit`: the header data and the records as the
 * officer corrected them ({@link toTarget}). No `unitId`: the service files the plan under the signed-in officer's unit,
 * or the unit named by the plan's issuer. No `docx`: the file goes as the form's own file ({@link submitReviewed}).
 * @throws Error when a row's value is not a number.
 */
export function reviewedSubmission(extraction: Extraction, rows: readonly KpiRow[]): SubmissionRequest {
  return { file: extraction.file, plan: extraction.plan, kpis: rows.map(toTarget), unitId: null, docx: null };
}

/**
 * Sends the reviewed records with the .docx they were read from, as one multipart form (`file`, `extraction`), and
 * returns what the service stored.
 * @throws Error when a row's value is not a number; the client's errors when the service refuses.
 */
export function submitReviewed(
  api: ThiDuaClient,
  extraction: Extraction,
  rows: readonly KpiRow[],
): Promise<SubmissionResult> {
  const body = reviewedSubmission(extraction, rows);
  return api.submitPlan(docxFile(extraction.docx, extraction.file), JSON.stringify(body), null);
}

/** One line of the stored result: a label and its value, both Vietnamese. */
export interface SubmissionFact {
  readonly label: string;
  readonly value: string;
}

/** What the pane shows after *Gửi chỉ tiêu*: a title by outcome, the service's sentence and the stored facts. */
export interface SubmissionSummary {
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly text: string;
  readonly facts: readonly SubmissionFact[];
}

/** The Vietnamese name of the outcome: `Đã lưu`, `Không đổi` or `Thay thế phiên bản N`. */
export function outcomeLabel(result: SubmissionResult): string {
  switch (result.outcome) {
    case "stored":
      return "Đã lưu";
    case "unchanged":
      return "Không đổi";
    case "superseded":
      return result.supersededVersion == null
        ? "Thay thế phiên bản trước"
        : `Thay thế phiên bản ${result.supersededVersion}`;
  }
}

/** The summary of a {@link SubmissionResult} (200 unchanged, 201 stored or superseded). */
export function summarizeSubmission(result: SubmissionResult): SubmissionSummary {
  const title =
    result.outcome === "stored"
      ? "Đã lưu chỉ tiêu vào cơ sở dữ liệu chung."
      : result.outcome === "superseded"
        ? `Đã lưu phiên bản ${result.version}, thay thế phiên bản ${result.supersededVersion ?? "trước"}.`
        : "Không đổi: nội dung này đã được gửi trước đó.";
  return {
    intent: result.outcome === "unchanged" ? "info" : "success",
    title,
    text: result.message,
    facts: [
      { label: "Kết quả", value: outcomeLabel(result) },
      { label: "Kế hoạch", value: `mã ${result.planId}, phiên bản ${result.version}` },
      {
        label: result.outcome === "unchanged" ? "Chỉ tiêu đang lưu" : "Chỉ tiêu đã lưu",
        value: String(result.kpiCount),
      },
      { label: "Đơn vị", value: `${result.unitName}, năm ${result.year}` },
    ],
  };
}
