import "./dashboard.css";
import { ApiError, getJson, withQuery, type CatalogueEntry, type CoverageRow, type IndicatorSummary, type Page, type PlanDetail, type PlanRow } from "./api";
import { renderCharts } from "./charts";
import { renderCoverage } from "./coverage";
import { byId, el } from "./dom";
import { renderPlan } from "./plan";

/**
 * The district dashboard (/dashboard): coverage of the year's plans by unit, a chart per indicator across units,
 * filters (year, lĩnh vực, chỉ tiêu) kept in the address so a view can be shared, exports of the same queries, and
 * each plan with its source sentences. Reads the KPI database endpoints of ThiDua.Service.
 */
const form = byId<HTMLFormElement>("filters");
const yearSelect = byId<HTMLSelectElement>("filter-year");
const sectorSelect = byId<HTMLSelectElement>("filter-sector");
const codeSelect = byId<HTMLSelectElement>("filter-code");
const status = byId<HTMLElement>("status");

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [plans, catalogue] = await Promise.all([
    getJson<Page<PlanRow>>("/api/plans", { pageSize: 1000 }),
    getJson<CatalogueEntry[]>("/api/kpis/catalogue"),
  ]);
  const years = [...new Set([...plans.items.map((p) => p.year), new Date().getFullYear()])].sort((a, b) => b - a);
  const wanted = Number(params.get("year"));
  const year = years.includes(wanted) ? wanted : (plans.items[0]?.year ?? years[0] ?? new Date().getFullYear());
  yearSelect.replaceChildren(...years.map((y) => el("option", { value: String(y) }, String(y))));
  yearSelect.value = String(year);
  const sectors = [...new Set(catalogue.map((c) => c.sector).filter((s) => s !== ""))].sort();
  sectorSelect.append(...sectors.map((s) => el("option", { value: s }, s)));
  sectorSelect.value = params.get("sector") ?? "";
  codeSelect.append(...catalogue.map((c) => el("option", { value: c.code }, `${c.label} (${c.code})`)));
  codeSelect.value = params.get("code") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = withQuery(location.pathname, { year: yearSelect.value, sector: sectorSelect.value, code: codeSelect.value });
    history.replaceState(null, "", query);
    void load();
  });
  await load();
  const plan = /^#ke-hoach-(\d+)$/.exec(location.hash);
  if (plan?.[1]) await showPlan(Number(plan[1]));
}

async function load(): Promise<void> {
  const year = Number(yearSelect.value);
  const filter = { year, sector: sectorSelect.value, code: codeSelect.value };
  status.textContent = "Đang tải…";
  try {
    const [coverage, summary] = await Promise.all([
      getJson<CoverageRow[]>("/api/units/coverage", { year }),
      getJson<IndicatorSummary[]>("/api/kpis/summary", filter),
    ]);
    renderCoverage(byId<HTMLTableElement>("coverage-table"), byId("coverage-caption"), year, coverage, (id) => void showPlan(id));
    renderCharts(byId("charts"), summary, (id) => void showPlan(id));
    renderExports(filter);
    status.textContent = "";
  } catch (error) {
    status.textContent = message(error);
  }
}

async function showPlan(planId: number): Promise<void> {
  try {
    const detail = await getJson<PlanDetail>(`/api/plans/${planId}`);
    renderPlan(byId("plan-detail"), byId("plan-body"), detail);
    history.replaceState(null, "", `${location.pathname}${location.search}#ke-hoach-${planId}`);
    byId("plan-detail").scrollIntoView({ behavior: "smooth", block: "start" });
  } catch (error) {
    status.textContent = message(error);
  }
}

function renderExports(filter: { year: number; sector: string; code: string }): void {
  const link = (label: string, path: string, format: string, query: Record<string, string | number>) =>
    el("a", { href: withQuery(path, { ...query, format }), download: "" }, label);
  byId("exports").replaceChildren(
    "Tải về: ",
    link("chỉ tiêu (Excel)", "/api/kpis", "xlsx", filter),
    " · ",
    link("chỉ tiêu (CSV)", "/api/kpis", "csv", filter),
    " · ",
    link("tổng hợp (Excel)", "/api/kpis/summary", "xlsx", filter),
    " · ",
    link("tình hình gửi (Excel)", "/api/units/coverage", "xlsx", { year: filter.year }),
  );
}

function message(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Không kết nối được máy chủ ThiDua. Hãy kiểm tra dịch vụ đang chạy rồi tải lại trang.";
}

void start().catch((error: unknown) => {
  status.textContent = message(error);
});
