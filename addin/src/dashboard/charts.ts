import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import type { IndicatorSummary } from "./api";
import { el } from "./dom";
import { formatNumber, indicatorTitle } from "./format";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const charts: Chart[] = [];

/**
 * One figure per indicator in `#charts`: a bar chart (chart.js, one `<canvas>` each) of the value of every unit that
 * reported it, the spread and — where adding makes sense — the total, and the list of values with a link to each plan
 * and its source sentence. Qualitative indicators get the list only.
 */
export function renderCharts(container: HTMLElement, summaries: IndicatorSummary[], onPlan: (planId: number) => void): void {
  for (const chart of charts.splice(0)) chart.destroy();
  container.replaceChildren();
  if (summaries.length === 0) {
    container.append(el("p", {}, "Không có chỉ tiêu nào cho bộ lọc này."));
    return;
  }
  for (const summary of summaries) {
    const title = indicatorTitle(summary.label, summary.unit, summary.comparator);
    const figure = el("figure", { class: "indicator", "data-code": summary.code });
    figure.append(el("h3", {}, title), el("p", { class: "code" }, summary.code));
    const numeric = summary.points.filter((p) => p.value !== null);
    if (numeric.length > 0) {
      const canvas = el("canvas", { role: "img", "aria-label": `Biểu đồ ${title} theo đơn vị` });
      figure.append(el("div", { class: "chart" }, canvas));
      charts.push(
        new Chart(canvas, {
          type: "bar",
          data: {
            labels: numeric.map((p) => p.unitName),
            datasets: [{ label: title, data: numeric.map((p) => p.value ?? 0), backgroundColor: "#2b6cb0" }],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatNumber(Number(value)) } } },
            plugins: { tooltip: { callbacks: { label: (item) => `${formatNumber(item.parsed.y)} ${summary.unit}` } } },
          },
        }),
      );
    }
    figure.append(el("figcaption", {}, caption(summary)), points(summary, onPlan));
    container.append(figure);
  }
}

function caption(summary: IndicatorSummary): string {
  const parts = [`${summary.unitsReporting} đơn vị báo cáo`];
  if (summary.min !== null) {
    parts.push(`nhỏ nhất ${formatNumber(summary.min)}`, `trung vị ${formatNumber(summary.median)}`, `lớn nhất ${formatNumber(summary.max)}`);
  }
  if (summary.sum !== null) parts.push(`tổng ${formatNumber(summary.sum)} ${summary.unit}`);
  return parts.join(" · ");
}

function points(summary: IndicatorSummary, onPlan: (planId: number) => void): HTMLElement {
  const list = el("ul", { class: "points" });
  for (const point of summary.points) {
    const link = el("a", { href: `#ke-hoach-${point.planId}`, "data-plan": String(point.planId) }, point.unitName);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      onPlan(point.planId);
    });
    const value = point.value === null ? "định tính" : `${formatNumber(point.value)} ${summary.unit}`.trim();
    list.append(el("li", {}, link, `: ${value} — `, el("q", {}, point.sentence)));
  }
  return list;
}
