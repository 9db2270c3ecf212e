import type { MessageBarIntent } from "@fluentui/react-components";
import type { PlanMetadata, SubmissionRequest, SubmissionResult } from "../api/client";
import { toTarget, type KpiRow } from "./kpi-values";

/** Bytes per `String.fromCharCode` call when encoding, well under the engines' argument limits. */
const BASE64_CHUNK = 0x8000;

/** The bytes as standard base64 (RFC 4648 § 4, padded), as the service reads the `docx` field. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
  }
  return btoa(binary);
}

/** What was extracted from the open document: the file name the service was given, the header data and the .docx. */
export interface Extraction {
  readonly file: string;
  readonly plan: PlanMetadata;
  /** The .docx the records were read from, stored with them so the original file is kept. */
  readonly docx: Uint8Array;
}

/**
 * The body of `POST /api/plans/submit/reviewed`: the header data, the records as the officer corrected them
 * ({@link toTarget}) and the .docx in base64. No `unitId`: the service files the plan under the signed-in officer's unit,
 * or the unit named by the plan's issuer.
 * @throws Error when a row's value is not a number.
 */
export function reviewedSubmission(extraction: Extraction, rows: readonly KpiRow[]): SubmissionRequest {
  return {
    file: extraction.file,
    plan: extraction.plan,
    kpis: rows.map(toTarget),
    unitId: null,
    docx: toBase64(extraction.docx),
  };
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
      return result.supersededVersion == null ? "Thay thế phiên bản trước" : `Thay thế phiên bản ${result.supersededVersion}`;
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
      { label: result.outcome === "unchanged" ? "Chỉ tiêu đang lưu" : "Chỉ tiêu đã lưu", value: String(result.kpiCount) },
      { label: "Đơn vị", value: `${result.unitName}, năm ${result.year}` },
    ],
  };
}
