import type { Target } from "../api/client";

/** Comparators of the KPI record (plan-schema.md § KPI record), with the Vietnamese words that give them. */
export const COMPARATORS: readonly { readonly value: string; readonly label: string }[] = [
  { value: ">=", label: "≥ đạt, ít nhất" },
  { value: ">", label: "> trên, vượt" },
  { value: "<=", label: "≤ giảm còn, không quá" },
  { value: "<", label: "< dưới" },
  { value: "=", label: "= bằng" },
  { value: "maintain", label: "duy trì, giữ vững" },
  { value: "", label: "— (định tính)" },
];

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
  readonly unit: string;
}

/** The editable row of an extracted record. */
export function toRow(target: Target): KpiRow {
  return {
    original: target,
    comparator: target.comparator,
    valueText: target.value == null ? "" : formatVietnameseNumber(target.value),
    unit: target.unit,
  };
}

/** Why a row's value is not acceptable, in Vietnamese; null when it is. */
export function valueError(row: KpiRow): string | null {
  if (row.valueText.trim().length === 0) return null;
  return parseVietnameseNumber(row.valueText) === null ? "Số viết kiểu Việt Nam: 60.500.000 hoặc 99,6" : null;
}

/** True when the officer changed the comparator, the value or the unit. */
export function isEdited(row: KpiRow): boolean {
  const value = parseVietnameseNumber(row.valueText);
  return (
    row.comparator !== row.original.comparator ||
    row.unit.trim() !== row.original.unit ||
    (value ?? null) !== (row.original.value ?? null)
  );
}

/**
 * The record as the officer left it, for `POST /api/plans/submit/reviewed`: comparator, value and unit from the row
 * (the value as typed kept as `valueAsWritten`), `qualitative` when no value is left; the label, code, sector and source
 * as extracted. The service recomputes the normalised value from value and unit.
 * @throws Error when the row's value is not a number ({@link valueError}).
 */
export function toTarget(row: KpiRow): Target {
  const { normalizedValue: _value, normalizedUnit: _unit, ...extracted } = row.original;
  if (valueError(row)) throw new Error(`Giá trị “${row.valueText}” của chỉ tiêu “${extracted.label}” không phải là số.`);
  const value = parseVietnameseNumber(row.valueText);
  const unchanged = value === (extracted.value ?? null);
  return {
    ...extracted,
    comparator: row.comparator,
    value,
    valueAsWritten: value === null ? "" : unchanged ? extracted.valueAsWritten : row.valueText.trim(),
    unit: row.unit.trim(),
    qualitative: value === null,
  };
}
