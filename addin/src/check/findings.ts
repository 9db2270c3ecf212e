import type { AppliedProfile, CheckReport, Finding, PlanPart, RuleDescription, Severity } from "../api/client";
import { canApplyInPlace, fixChange, type FixChange } from "../word/fix-operations";
import { normalizeText } from "../word/paragraph-locator";
import type { SetAsideFinding } from "../word";

/**
 * The Kiểm tra tab's review model: every finding of a check with what became of it since — fixed in Word, set aside by
 * the officer (*Bỏ qua*, remembered in the document), or no longer where the check saw it — grouped by plan part and,
 * within a part, by rule, so that 98 spelling findings are one line until opened. Counts are of open findings only, so
 * they change with every action.
 */

/** What became of a finding since the check. */
export type ReviewStatus =
  /** Still to be looked at. */
  | "open"
  /** Its fix was applied in Word. */
  | "fixed"
  /** The officer judged it acceptable (*Bỏ qua*). */
  | "set-aside"
  /** Its fix found the text changed since the check; *Kiểm tra lại* tells what is left. */
  | "stale";

/** One finding under review. */
export interface ReviewItem {
  /** Stable within one check ({@link findingKey}). */
  readonly key: string;
  readonly finding: Finding;
  /** What its fix changes when the pane can apply it in Word; null when there is no such fix. */
  readonly change: FixChange | null;
  readonly status: ReviewStatus;
  /** The rule profile (a province's, an agency's guide) that set what this finding expects; null when the decree's own expectation applies. */
  readonly setBy: string | null;
}

/** Number of findings per severity. */
export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** The findings of one rule within one part. */
export interface RuleGroup {
  /** `part|rule`, stable within one check. */
  readonly key: string;
  readonly rule: string;
  /** What the rule checks, from `GET /api/rules` (`Chính tả`), else the first finding's message. */
  readonly title: string;
  /** The worst severity among its findings. */
  readonly severity: Severity;
  readonly items: readonly ReviewItem[];
  /** Open findings. */
  readonly open: number;
}

/** The findings of one plan part. */
export interface PartGroup {
  readonly part: PlanPart;
  /** Vietnamese name of the part, as Nghị định 30 calls it. */
  readonly title: string;
  readonly rules: readonly RuleGroup[];
  /** Open findings per severity. */
  readonly counts: SeverityCounts;
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

/** A stable key of a finding within one report (rule, paragraph and excerpt; a rule may fire on a paragraph twice). */
export function findingKey(finding: Finding, ordinal: number): string {
  return `${finding.rule}|${finding.paragraph}|${finding.text}|${ordinal}`;
}

/** What is remembered of a finding set aside: its rule and its excerpt, normalised (paragraph numbers change). */
export function setAsideOf(finding: Finding): SetAsideFinding {
  return { rule: finding.rule, text: normalizeText(finding.text) };
}

function isSetAside(finding: Finding, setAside: readonly SetAsideFinding[]): boolean {
  const mine = setAsideOf(finding);
  return setAside.some((s) => s.rule === mine.rule && s.text === mine.text);
}

/** The review items of a report: keyed, each with its fix's kind, set aside when the document remembers it so. */
export function reviewItems(
  report: Pick<CheckReport, "findings"> & { readonly profile?: AppliedProfile },
  setAside: readonly SetAsideFinding[],
): ReviewItem[] {
  const profiles = new Set(report.profile?.chain ?? []);
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const base = `${finding.rule}|${finding.paragraph}|${finding.text}`;
    const ordinal = seen.get(base) ?? 0;
    seen.set(base, ordinal + 1);
    const fixable = finding.evaluated !== false && canApplyInPlace(finding.fix);
    return {
      key: findingKey(finding, ordinal),
      finding,
      change: fixable ? fixChange(finding.fix!) : null,
      status: isSetAside(finding, setAside) ? "set-aside" : "open",
      setBy: finding.profile && profiles.has(finding.profile) ? finding.profile : null,
    };
  });
}

/** Counts the open findings per severity. */
export function countOpen(items: readonly ReviewItem[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const item of items) if (item.status === "open") counts[item.finding.severity] += 1;
  return counts;
}

/**
 * Groups the findings to show (open, fixed and stale ones; set-aside ones are left out) by plan part in reading order,
 * and within a part by rule: rules with errors first, then warnings, then infos, each in the order of their first
 * finding in the document; a rule's findings in document order.
 */
export function groupForReview(items: readonly ReviewItem[], rules: ReadonlyMap<string, RuleDescription>): PartGroup[] {
  const shown = items.filter((i) => i.status !== "set-aside");
  return PART_ORDER.map((part) => {
    const inPart = shown.filter((i) => i.finding.part === part);
    const byRule = new Map<string, ReviewItem[]>();
    for (const item of inPart) byRule.set(item.finding.rule, [...(byRule.get(item.finding.rule) ?? []), item]);
    const groups: RuleGroup[] = [...byRule.entries()].map(([rule, list]) => {
      const sorted = [...list].sort((a, b) => a.finding.paragraph - b.finding.paragraph);
      const severity = sorted.map((i) => i.finding.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
      return {
        key: `${part}|${rule}`,
        rule,
        title: rules.get(rule)?.title ?? sorted[0]!.finding.message,
        severity,
        items: sorted,
        open: sorted.filter((i) => i.status === "open").length,
      };
    });
    groups.sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.items[0]!.finding.paragraph - b.items[0]!.finding.paragraph,
    );
    return { part, title: PART_TITLES[part], rules: groups, counts: countOpen(inPart) };
  }).filter((g) => g.rules.length > 0);
}

/** The open findings *Sửa tất cả lỗi định dạng* applies: fixes Word can apply that change only the look. */
export function formatFixes(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.status === "open" && i.change === "format");
}

/** The open findings whose fix changes words or spelling: proposed one by one. */
export function wordingProposals(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.status === "open" && i.change === "wording");
}

/** True while tags are missing or broken (TAG-MISSING, TAG-BROKEN open). */
export function needsTagging(items: readonly ReviewItem[]): boolean {
  return items.some(
    (i) => i.status === "open" && (i.finding.rule === "TAG-MISSING" || i.finding.rule === "TAG-BROKEN"),
  );
}

/** The first words of an excerpt (about `words` of them), with `…` when cut; empty for a missing element. */
export function firstWords(text: string, words = 8): string {
  const clean = normalizeText(text).replace(/(?:…|\.\.\.)$/u, "");
  if (clean.length === 0 || clean === "(thiếu)") return "";
  const list = clean.split(" ");
  return list.length > words ? `${list.slice(0, words).join(" ")}…` : clean;
}

/**
 * Where a finding is, in Word's terms: the part of the plan and the first words of the paragraph (`Nội dung, đoạn
 * “Căn cứ Luât Thi đua…”`), never a paragraph number; the part alone for a missing element or the whole document.
 */
export function placeOf(finding: Finding): string {
  const part = PART_TITLES[finding.part];
  const words = finding.paragraph >= 0 ? firstWords(finding.text) : "";
  return words ? `${part}, đoạn “${words}”` : part;
}

/** A text with its white space made visible: a space as `·`, a tab as `→`, a non-breaking space as `°`. */
export function visibleWhitespace(text: string): string {
  return text
    .replace(/ /gu, "·")
    .replace(/\t/gu, "→")
    .replace(/\u00a0/gu, "°");
}

/** True when two texts differ only in white space (a spacing finding), which must then be shown visibly. */
export function differsOnlyInWhitespace(a: string, b: string): boolean {
  return a !== b && a.replace(/\s+/gu, "") === b.replace(/\s+/gu, "");
}

/**
 * Which rules a check applied, for the line under its counts: the decree alone (`Nghị định 30/2020/NĐ-CP`), or the decree
 * with the profiles on top of it, most general first (`… và hướng dẫn của tỉnh → quy định của trường`).
 */
export function appliedProfileText(profile: AppliedProfile | null | undefined): string {
  const decree = "Nghị định 30/2020/NĐ-CP";
  return profile && profile.chain.length > 0 ? `${decree} và ${profile.chain.join(" → ")}` : decree;
}
