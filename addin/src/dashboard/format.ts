/** Vietnamese display of numbers, dates and comparators for the dashboard (the KPI values themselves: ../shared/kpi-text). */

import { comparatorText, isChange } from "../shared/kpi-text";

export { comparatorText, formatNumber, formatTargetValue, formatValue, isChange } from "../shared/kpi-text";

const dateFormat = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" });

/**
 * A unit's name short enough for a chart axis: the words "Ủy ban nhân dân"/"UBND" before the commune or district are
 * left out ("Ủy ban nhân dân xã Trí Yên" → "xã Trí Yên"); other names are kept as they are.
 */
export function shortUnitName(name: string): string {
  const short = name.replace(/^\s*(?:[UỦ][yỷ] ban nhân dân|UBND)\s+/iu, "");
  return short === "" ? name : short;
}

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Ho_Chi_Minh",
});

/**
 * An instant (ISO date-time, UTC from the service) in Vietnam time, whatever the computer's zone:
 * "2024-02-01T08:30:00Z" → "15:30 01/02/2024"; empty for none.
 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : timeFormat.format(date);
}

/** An ISO date → "01/02/2024"; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

/**
 * "Tỷ lệ bao phủ BHYT (%, đạt ít nhất, năm 2025)": the indicator's label with its unit, comparator (with the base of a
 * change: "tăng so với cùng kỳ") and target year when given.
 */
export function indicatorTitle(
  label: string,
  unit: string,
  comparator: string,
  targetYear?: number | null,
  base?: string | null,
): string {
  const how =
    isChange(comparator) && base ? `${comparatorText(comparator)} so với ${base}` : comparatorText(comparator);
  const parts = [unit, how, targetYear ? `năm ${targetYear}` : ""].filter((p) => p !== "");
  return parts.length > 0 ? `${label} (${parts.join(", ")})` : label;
}
