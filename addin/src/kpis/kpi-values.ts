import type { Target } from "../api/client";
import { isChange } from "../shared/kpi-text";

/** Comparators of the KPI record (plan-schema.md § KPI record), with the Vietnamese words that give them. */
export const COMPARATORS: readonly { readonly value: string; readonly label: string }[] = [
  { value: ">=", label: "≥ đạt, ít nhất" },
  { value: ">", label: "> trên, vượt" },
  { value: "<=", label: "≤ giảm còn, không quá" },
  { value: "<", label: "< dưới" },
  { value: "=", label: "= bằng" },
  { value: "maintain", label: "duy trì, giữ vững" },
  { value: "range", label: "từ … đến … (khoảng)" },
  { value: "increase", label: "tăng … so với" },
  { value: "decrease", label: "giảm … so với" },
  { value: "multiple", label: "gấp … lần so với" },
  { value: "", label: "— (định tính)" },
];

/** True when the comparator takes an upper end (a span, or a change written as a span). */
export function takesValueMax(comparator: string): boolean {
  return comparator === "range" || isChange(comparator);
}

/**
 * Reads a number written the Vietnamese way: `.` groups thousands, `,` is the decimal mark (`10.129.300.000`,
 * `99,6`, `1,06`). A plain decimal point with no thousands grouping (`99.6`) is read as a decimal too.
 * @returns the value, or null when the text is not a number.
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim().replace(/\s+/gu, "");
  if (t.length === 0) return null;
  let normalized: string;
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(t)) normalized = t.replace(/\./gu, "").replace(",", ".");
  else if (/^-?\d+(?:,\d+)?$/u.test(t)) normalized = t.replace(",", ".");
  else if (/^-?\d+\.\d+$/u.test(t)) normalized = t;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Writes a number the Vietnamese way (`60500000` → `60.500.000`, `1.06` → `1,06`). */
export function formatVietnameseNumber(value: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6, useGrouping: true }).format(value);
}

/** One row of the Chỉ tiêu table as the officer edits it. */
export interface KpiRow {
  /** The record as extracted. */
  readonly original: Target;
  readonly comparator: string;
  /** The value as typed (Vietnamese notation), empty for a qualitative target. */
  readonly valueText: string;
  /** The upper end of a span as typed, empty when none. */
  readonly valueMaxText: string;
  readonly unit: string;
  /** What a change is measured against (`cùng kỳ`, `năm 2015`), empty for a level. */
  readonly base: string;
  /** The year the target is for, as typed. */
  readonly targetYearText: string;
}

/** The editable row of an extracted record. */
export function toRow(target: Target): KpiRow {
  return {
    original: target,
    comparator: target.comparator,
    valueText: target.value == null ? "" : formatVietnameseNumber(target.value),
    valueMaxText: target.valueMax == null ? "" : formatVietnameseNumber(target.valueMax),
    unit: target.unit,
    base: target.base ?? "",
    targetYearText: target.targetYear == null ? "" : String(target.targetYear),
  };
}

const vietnameseNotation = "Số viết kiểu Việt Nam: 60.500.000 hoặc 99,6";

/** Why a row's values are not acceptable, in Vietnamese; null when they are. */
export function valueError(row: KpiRow): string | null {
  const value = parseVietnameseNumber(row.valueText);
  if (row.valueText.trim().length > 0 && value === null) return vietnameseNotation;
  if (!takesValueMax(row.comparator) || row.valueMaxText.trim().length === 0) {
    return row.comparator === "range" && value !== null ? "Nhập giá trị tối đa của khoảng (đến …)" : null;
  }
  const max = parseVietnameseNumber(row.valueMaxText);
  if (max === null) return vietnameseNotation;
  return value !== null && max < value ? "Giá trị tối đa phải lớn hơn giá trị đầu khoảng" : null;
}

/** Why the target year is not acceptable, in Vietnamese; null when it is (empty: the plan's year). */
export function yearError(row: KpiRow): string | null {
  const text = row.targetYearText.trim();
  return text.length === 0 || /^(19|20)\d{2}$/u.test(text) ? null : "Năm viết đủ bốn chữ số, ví dụ 2025";
}

/** True when the officer changed the comparator, a value, the unit, the base or the target year. */
export function isEdited(row: KpiRow): boolean {
  const value = parseVietnameseNumber(row.valueText);
  const max = parseVietnameseNumber(row.valueMaxText);
  return (
    row.comparator !== row.original.comparator ||
    row.unit.trim() !== row.original.unit ||
    (value ?? null) !== (row.original.value ?? null) ||
    (max ?? null) !== (row.original.valueMax ?? null) ||
    row.base.trim() !== (row.original.base ?? "") ||
    row.targetYearText.trim() !== (row.original.targetYear == null ? "" : String(row.original.targetYear))
  );
}

/**
 * The record as the officer left it, for `POST /api/plans/submit`: comparator, value and unit from the row
 * (the value as typed kept as `valueAsWritten`), `qualitative` when no value is left; the label, code, sector and source
 * as extracted. The service recomputes the normalised value from value and unit.
 * @throws Error when the row's value is not a number ({@link valueError}).
 */
export function toTarget(row: KpiRow): Target {
  const { normalizedValue: _value, normalizedValueMax: _max, normalizedUnit: _unit, ...extracted } = row.original;
  if (valueError(row) || yearError(row))
    throw new Error(`Giá trị “${row.valueText}” của chỉ tiêu “${extracted.label}” không phải là số.`);
  const value = parseVietnameseNumber(row.valueText);
  const unchanged = value === (extracted.value ?? null);
  const sent: Target = {
    ...extracted,
    comparator: row.comparator,
    value,
    valueAsWritten: value === null ? "" : unchanged ? extracted.valueAsWritten : row.valueText.trim(),
    unit: row.unit.trim(),
    qualitative: value === null,
  };
  // The fields of spans, changes and target years go only where the record had them or the officer typed them.
  const max = takesValueMax(row.comparator) && value !== null ? parseVietnameseNumber(row.valueMaxText) : null;
  if (max !== null || extracted.valueMax != null) sent.valueMax = max;
  const base = isChange(row.comparator) ? row.base.trim() : "";
  if (base !== "" || extracted.base) sent.base = base;
  const year = row.targetYearText.trim();
  if (year !== "" || extracted.targetYear != null) sent.targetYear = year === "" ? null : Number(year);
  return sent;
}
