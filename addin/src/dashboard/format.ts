/** Vietnamese display of numbers, dates and comparators for the dashboard. */

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });
const dateFormat = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });

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
 * A unit's name short enough for a chart axis: the words "Ủy ban nhân dân"/"UBND" before the commune or district are
 * left out ("Ủy ban nhân dân xã Trí Yên" → "xã Trí Yên"); other names are kept as they are.
 */
export function shortUnitName(name: string): string {
  const short = name.replace(/^\s*(?:[UỦ][yỷ] ban nhân dân|UBND)\s+/iu, "");
  return short === "" ? name : short;
}

/** An ISO date or date-time → "01/02/2024"; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

/** The Vietnamese reading of a KPI comparator (plan-schema.md): ">=" → "đạt ít nhất", "maintain" → "duy trì"… */
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
    default:
      return comparator;
  }
}

/** "Tỷ lệ bao phủ BHYT (%, đạt ít nhất)": the indicator's label with its unit and comparator. */
export function indicatorTitle(label: string, unit: string, comparator: string): string {
  const parts = [unit, comparatorText(comparator)].filter((p) => p !== "");
  return parts.length > 0 ? `${label} (${parts.join(", ")})` : label;
}
