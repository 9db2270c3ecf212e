import type { CheckReport, Finding, PlanPart, Severity } from "../api/client";
import { canApplyInPlace } from "../word/fix-operations";

/** A group of findings of one plan part, for the Kiểm tra tab. */
export interface FindingGroup {
  /** The part (`header`, `body`, `closing`, `document`). */
  readonly part: PlanPart;
  /** Vietnamese name of the part, as Nghị định 30 calls it. */
  readonly title: string;
  /** Findings, errors first, then warnings, then infos; document order within one severity. */
  readonly findings: readonly Finding[];
  /** Count per severity. */
  readonly counts: SeverityCounts;
}

/** Number of findings per severity. */
export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Parts in the order a plan reads: phần đầu, nội dung, phần cuối, then whole-document findings. */
const PART_ORDER: readonly PlanPart[] = ["header", "body", "closing", "document"];

/** Vietnamese part names (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const PART_TITLES: Readonly<Record<PlanPart, string>> = {
  header: "Phần đầu văn bản",
  body: "Nội dung",
  closing: "Phần cuối văn bản",
  document: "Toàn văn bản",
};

/** Vietnamese severity names. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Counts findings per severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Groups a report's findings by plan part in reading order, leaving out empty parts; within a part, errors first,
 * then warnings, then infos, each in document order (paragraph index; whole-document findings first).
 */
export function groupFindings(report: Pick<CheckReport, "findings">): FindingGroup[] {
  return PART_ORDER.map((part) => {
    const findings = report.findings
      .filter((f) => f.part === part)
      .map((f, i) => ({ f, i }))
      .sort(
        (a, b) =>
          SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.f.paragraph - b.f.paragraph || a.i - b.i,
      )
      .map(({ f }) => f);
    return { part, title: PART_TITLES[part], findings, counts: countBySeverity(findings) };
  }).filter((g) => g.findings.length > 0);
}

/** The findings *Sửa tất cả lỗi định dạng* applies in place: every finding with a fix the Word API can apply. */
export function inPlaceFixable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.evaluated !== false && canApplyInPlace(f.fix));
}

/** A stable key of a finding within one report (rule, paragraph and excerpt; a rule may fire on a paragraph twice). */
export function findingKey(finding: Finding, ordinal: number): string {
  return `${finding.rule}|${finding.paragraph}|${finding.text}|${ordinal}`;
}

/** True when the report may leave the document with missing or broken content-control tags (TAG-MISSING, TAG-BROKEN). */
export function needsTagging(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === "TAG-MISSING" || f.rule === "TAG-BROKEN");
}
