/**
 * A KPI record's value and comparator as an officer reads them (plan-schema.md § KPI record), shared by the pane's Chỉ tiêu
 * tab and the dashboard. The service writes the same text (ThiDua.Plans.Kpis.TargetText) into summary points and reports.
 */

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

/** 60500000 → "60.500.000", 99.6 → "99,6"; an em dash for no value. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/** Units written right after the number, without a space, as the plans write them (corpus: "đạt 99,6%", "dưới 11‰"). */
const unspaced = new Set(["%", "‰"]);

/** A value with its unit as Vietnamese writes it: (100, "%") → "100%", (61, "tạ/ha") → "61 tạ/ha"; "—" for no value. */
export function formatValue(value: number | null | undefined, unit: string): string {
  const number = formatNumber(value);
  if (unit === "" || value === null || value === undefined) return number;
  return unspaced.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * A target's value as an officer reads it (plan-schema.md § KPI record): a level with its unit ("99,6%", "61 tạ/ha"), a
 * span with a dash ("7,5–8 %"), a change with its sign and base ("+10 % so với cùng kỳ", "−0,5 % so với năm 2015"), a
 * multiple ("gấp 2,15 lần so với năm 2015"), a fraction with its whole ("4/9 thôn"); "—" for no value. The service writes
 * the same text (TargetText) into summary points.
 */
export function formatTargetValue(
  comparator: string,
  value: number | null | undefined,
  valueMax: number | null | undefined,
  unit: string,
  base: string | null | undefined,
  total: number | null | undefined,
): string {
  if (value === null || value === undefined) return "—";
  const span =
    valueMax !== null && valueMax !== undefined && valueMax !== value
      ? `${formatNumber(value)}–${formatNumber(valueMax)}`
      : formatNumber(value);
  const against = base ? ` so với ${base}` : "";
  const spaced = unit === "" || unit === "lần" ? "" : ` ${unit}`;
  switch (comparator) {
    case "multiple":
      return `gấp ${span} lần${against}`;
    case "increase":
      return `+${span}${spaced}${against}`;
    case "decrease":
      return `−${span}${spaced}${against}`;
  }
  if (valueMax !== null && valueMax !== undefined) return `${span}${spaced}`;
  const number =
    total !== null && total !== undefined ? `${formatNumber(value)}/${formatNumber(total)}` : formatNumber(value);
  return unit === "" ? number : unspaced.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** True for a change against a base (increase, decrease, multiple): never shown as, or added to, a level. */
export function isChange(comparator: string): boolean {
  return comparator === "increase" || comparator === "decrease" || comparator === "multiple";
}

/** The Vietnamese reading of a KPI comparator (plan-schema.md): ">=" → "đạt ít nhất", "maintain" → "duy trì", "range" → "trong khoảng"… */
export function comparatorText(comparator: string): string {
  switch (comparator) {
    case ">=":
      return "đạt ít nhất";
    case ">":
      return "trên";
    case "<=":
      return "không quá";
    case "<":
      return "dưới";
    case "=":
      return "bằng";
    case "maintain":
      return "duy trì";
    case "range":
      return "trong khoảng";
    case "increase":
      return "tăng";
    case "decrease":
      return "giảm";
    case "multiple":
      return "gấp";
    default:
      return comparator;
  }
}

/** Why a record was taken: "Căn cứ: mục «2. Mục tiêu cụ thể»; từ «phấn đấu, đạt»"; empty when nothing was recorded. */
export function evidenceText(
  evidence: { heading?: string; wording?: string; column?: string } | null | undefined,
): string {
  if (!evidence) return "";
  const parts = [
    evidence.heading ? `mục «${evidence.heading}»` : "",
    evidence.wording ? `từ «${evidence.wording}»` : "",
    evidence.column ? `cột «${evidence.column}»` : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? `Căn cứ: ${parts.join("; ")}` : "";
}
