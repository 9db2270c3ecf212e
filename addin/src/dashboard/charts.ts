import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from "chart.js";
import type { IndicatorSummary } from "../api/client";
import { el } from "./dom";
import { formatNumber, formatTargetValue, indicatorTitle, shortUnitName } from "./format";
import { sectorName, sectorOrder } from "./sectors";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

declare global {
  interface Window {
    /** Chart.js, as its UMD build would expose it: `Chart.getChart(canvas)` reads a chart's data from the console or a test. */
    Chart: typeof Chart;
  }
}
window.Chart = Chart;

const charts: Chart[] = [];

/** A record the officer chose: its plan and the record's id (the row to show in the plan). */
export type OpenRecord = (planId: number, kpiId?: number) => void;

/**
 * `#charts`: the indicators grouped by lĩnh vực (catalogue order, each under its Vietnamese name), one figure per
 * indicator: a bar chart (chart.js, one `<canvas>`) of the value of every unit that reported it, its y axis in the
 * indicator's unit, the spread when several units reported it and — where adding makes sense — the total, and the list
 * of values, each linking to its record in the plan. Qualitative indicators get the list only. `empty` is shown when
 * there is no indicator.
 */
export function renderCharts(
  container: HTMLElement,
  summaries: IndicatorSummary[],
  empty: string,
  onRecord: OpenRecord,
): void {
  for (const chart of charts.splice(0)) chart.destroy();
  container.replaceChildren();
  if (summaries.length === 0) {
    container.append(el("p", { class: "empty" }, empty));
    return;
  }
  const sectors = [...new Set(summaries.map((s) => s.sector))].sort((a, b) => sectorOrder(a) - sectorOrder(b));
  for (const sector of sectors) {
    const grid = el("div", { class: "indicators" });
    // Within a sector, the charts first, then the qualitative indicators (a list each).
    const ofSector = summaries.filter((s) => s.sector === sector);
    for (const summary of [...ofSector.filter(hasNumbers), ...ofSector.filter((s) => !hasNumbers(s))])
      grid.append(figure(summary, onRecord));
    container.append(el("section", { class: "sector", "data-sector": sector }, el("h3", {}, sectorName(sector)), grid));
  }
}

/** Whether some unit gave the indicator a number (it gets a chart). */
function hasNumbers(summary: IndicatorSummary): boolean {
  return summary.points.some((p) => p.value !== null);
}

function figure(summary: IndicatorSummary, onRecord: OpenRecord): HTMLElement {
  const title = indicatorTitle(summary.label, summary.unit, summary.comparator, summary.targetYear, summary.base);
  const figure = el("figure", { class: "indicator", "data-code": summary.code, title: `Mã chỉ tiêu: ${summary.code}` });
  figure.append(el("h4", {}, title));
  const numeric = summary.points.filter((p) => p.value !== null);
  if (numeric.length > 0) {
    const canvas = el("canvas", { role: "img", "aria-label": `Biểu đồ cột: ${title}, theo đơn vị` });
    figure.append(el("div", { class: "chart" }, canvas));
    charts.push(
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: numeric.map((p) => p.unitName),
          // A span is drawn as a floating bar from its lower to its upper end.
          datasets: [
            {
              label: title,
              data: numeric.map((p) => (p.valueMax !== null ? [p.value ?? 0, p.valueMax] : (p.value ?? 0))),
              backgroundColor: "#2b6cb0",
              maxBarThickness: 56,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          locale: "vi-VN",
          scales: {
            x: {
              ticks: {
                callback(value) {
                  return shortUnitName(this.getLabelForValue(Number(value)));
                },
              },
            },
            y: {
              beginAtZero: true,
              title: { display: summary.unit !== "", text: summary.unit },
              ticks: { callback: (value) => formatNumber(Number(value)) },
            },
          },
          plugins: {
            tooltip: {
              callbacks: {
                title: (items) => items.map((item) => numeric[item.dataIndex]?.unitName ?? ""),
                label: (item) => numeric[item.dataIndex]?.valueAsWritten ?? shown(summary, item.parsed.y),
              },
            },
          },
        },
      }),
    );
  }
  figure.append(el("figcaption", {}, caption(summary)), points(summary, onRecord));
  return figure;
}

/** "3 đơn vị báo cáo · thấp nhất 95% · trung vị 98% · cao nhất 100%"; the spread only when two or more values differ. */
function caption(summary: IndicatorSummary): string {
  const parts = [`${summary.unitsReporting} đơn vị báo cáo`];
  if (summary.min !== null && summary.max !== null && summary.min !== summary.max) {
    parts.push(
      `thấp nhất ${shown(summary, summary.min)}`,
      `trung vị ${shown(summary, summary.median)}`,
      `cao nhất ${shown(summary, summary.max)}`,
    );
  }
  if (summary.sum !== null && summary.unitsReporting > 1) parts.push(`tổng ${shown(summary, summary.sum)}`);
  return parts.join(" · ");
}

/** One number of the summary as its comparator reads it: "95%" for a level, "+10 %" for a change, "gấp 2 lần" for a multiple. */
function shown(summary: IndicatorSummary, value: number | null): string {
  return formatTargetValue(
    summary.comparator === "range" ? "" : summary.comparator,
    value,
    null,
    summary.unit,
    "",
    null,
  );
}

function points(summary: IndicatorSummary, onRecord: OpenRecord): HTMLElement {
  const list = el("ul", { class: "points" });
  for (const point of summary.points) {
    const link = el("a", { href: `#ke-hoach-${point.planId}`, "data-plan": String(point.planId) }, point.unitName);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      onRecord(point.planId, point.kpiId);
    });
    const value =
      point.value === null
        ? "định tính"
        : formatTargetValue(summary.comparator, point.value, point.valueMax, summary.unit, summary.base, null);
    list.append(el("li", {}, link, `: ${value} — `, el("q", {}, point.sentence)));
  }
  return list;
}
