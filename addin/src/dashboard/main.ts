import "./dashboard.css";
import { createServiceClient } from "../api/service";
import { SignInRequiredError, type SignInProblem } from "../auth/problems";
import { accountView, bindAccount, problemOfStatus } from "./account";
import type { CatalogueEntry, CoverageRow, IndicatorSummary, PageOfPlanRow, PlanDetail } from "../api/client";
import { ApiError, DashboardApi, withQuery } from "./api";
import { renderCharts } from "./charts";
import { renderCoverage } from "./coverage";
import { byId, el } from "./dom";
import { saveFile } from "./download";
import { renderPlan } from "./plan";
import { sectorName, sectorOrder } from "./sectors";
import { createDashboardSession } from "./sign-in";

/**
 * The district dashboard (/dashboard): coverage of the year's plans by unit, a chart per indicator across units,
 * filters (year, lĩnh vực, chỉ tiêu) kept in the address so a view can be shared, exports of the same queries, and
 * each plan with its source sentences. Reads the KPI database endpoints of ThiDua.Service, signed in with MSAL's redirect
 * flow (the header says who, with *Đăng xuất*), or without sign-in when the service runs in local development.
 */
const form = byId<HTMLFormElement>("filters");
const yearSelect = byId<HTMLSelectElement>("filter-year");
const sectorSelect = byId<HTMLSelectElement>("filter-sector");
const codeSelect = byId<HTMLSelectElement>("filter-code");
const status = byId<HTMLElement>("status");

const session = createDashboardSession(location.origin);
const api = new DashboardApi(session.fetch);
/** A refusal of the data endpoints (403) shown in the sign-in prompt while the account stays signed in. */
let refused: SignInProblem | null = null;
const drawAccount = bindAccount({
  signIn: () => void session.signIn(),
  signOut: () =>
    void session.signOut().catch(() => {
      status.textContent = "Đăng xuất không thành công. Hãy tải lại trang rồi thử lại.";
    }),
});
const redraw = () => drawAccount(accountView(session.getState(), refused));
session.subscribe(redraw);
redraw();

/** Signs in (silently when MSAL's cache allows), then shows the data; without a session, the prompt only. */
async function signInAndStart(): Promise<void> {
  await session.start(() => createServiceClient({ fetch: session.fetch }).getCurrentUser());
  if (session.getState().status === "needs-sign-in") {
    // Once Đăng nhập succeeds the page is reloaded by the redirect; in the meantime there is nothing to show.
    return;
  }
  await start();
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [plans, catalogue] = await Promise.all([
    api.getJson<PageOfPlanRow>("/api/plans", { pageSize: 1000 }),
    api.getJson<CatalogueEntry[]>("/api/kpis/catalogue"),
  ]);
  const thisYear = new Date().getFullYear();
  const planYears = plans.items.map((p) => p.year);
  const years = [...new Set([...planYears, thisYear])].sort((a, b) => b - a);
  const wanted = Number(params.get("year"));
  // The newest year any unit has sent a plan for: the one an officer follows up.
  const year = years.includes(wanted) ? wanted : planYears.length > 0 ? Math.max(...planYears) : thisYear;
  yearSelect.replaceChildren(...years.map((y) => el("option", { value: String(y) }, String(y))));
  yearSelect.value = String(year);
  const sectors = [...new Set(catalogue.map((c) => c.sector))].sort((a, b) => sectorOrder(a) - sectorOrder(b));
  sectorSelect.append(...sectors.filter((s) => s !== "").map((s) => el("option", { value: s }, sectorName(s))));
  sectorSelect.value = params.get("sector") ?? "";
  codeSelect.append(
    ...sectors.map((s) =>
      el(
        "optgroup",
        { label: sectorName(s) },
        ...catalogue
          .filter((c) => c.sector === s)
          .sort((a, b) => a.label.localeCompare(b.label, "vi"))
          .map((c) => el("option", { value: c.code }, c.label)),
      ),
    ),
  );
  codeSelect.value = params.get("code") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A plan shown from the previous view may be of another year: it is closed, and the address loses its #ke-hoach-.
    byId("plan-detail").hidden = true;
    const query = withQuery(location.pathname, {
      year: yearSelect.value,
      sector: sectorSelect.value,
      code: codeSelect.value,
    });
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
      api.getJson<CoverageRow[]>("/api/units/coverage", { year }),
      api.getJson<IndicatorSummary[]>("/api/kpis/summary", filter),
    ]);
    renderCoverage(
      byId<HTMLTableElement>("coverage-table"),
      byId("coverage-caption"),
      year,
      coverage,
      (id) => void showPlan(id),
    );
    renderCharts(byId("charts"), summary, emptyCharts(year, coverage, filter), (id, kpiId) => void showPlan(id, kpiId));
    renderExports(filter);
    status.textContent = "";
  } catch (error) {
    status.textContent = message(error);
  }
}

/** Why there is no chart: no plan sent that year, a filter that leaves nothing, or plans without chỉ tiêu. */
function emptyCharts(year: number, coverage: CoverageRow[], filter: { sector: string; code: string }): string {
  if (!coverage.some((r) => r.submitted)) return `Chưa có đơn vị nào gửi kế hoạch năm ${year}.`;
  if (filter.sector !== "" || filter.code !== "")
    return `Không có chỉ tiêu nào của năm ${year} khớp lĩnh vực và chỉ tiêu đã chọn.`;
  return `Các kế hoạch năm ${year} đã gửi chưa có chỉ tiêu nào được trích xuất.`;
}

/** Shows plan `planId` below the coverage table; with `kpiId`, that record's row is marked and brought into view. */
async function showPlan(planId: number, kpiId?: number): Promise<void> {
  try {
    const detail = await api.getJson<PlanDetail>(`/api/plans/${planId}`);
    const row = renderPlan(byId("plan-detail"), byId("plan-body"), detail, kpiId);
    history.replaceState(null, "", `${location.pathname}${location.search}#ke-hoach-${planId}`);
    (row ?? byId("plan-detail")).scrollIntoView({ block: row ? "center" : "start" });
  } catch (error) {
    status.textContent = message(error);
  }
}

/**
 * The export links, Excel's workbook first (numbers, dates and times as real cells, whatever the regional settings); then
 * the CSV for Excel with Vietnamese regional settings (`;` between fields, `,` decimals, dates dd/mm/yyyy, Vietnam time)
 * and the plain CSV (`,` and `.`), each saying which it is. Each is fetched with the token and saved under the service's
 * file name.
 */
function renderExports(filter: { year: number; sector: string; code: string }): void {
  const link = (
    label: string,
    path: string,
    format: string,
    query: Record<string, string | number>,
    title?: string,
  ) => {
    const anchor = el(
      "a",
      { href: withQuery(path, { ...query, format }), download: "", ...(title ? { title } : {}) },
      label,
    );
    anchor.addEventListener("click", (event) => {
      event.preventDefault();
      api.download(anchor.getAttribute("href") ?? "").then(saveFile, (error: unknown) => {
        status.textContent = message(error);
      });
    });
    return anchor;
  };
  byId("exports").replaceChildren(
    "Tải về: ",
    link("chỉ tiêu (Excel)", "/api/kpis", "xlsx", filter),
    " · ",
    link("tổng hợp (Excel)", "/api/kpis/summary", "xlsx", filter),
    " · ",
    link("tình hình gửi (Excel)", "/api/units/coverage", "xlsx", { year: filter.year }),
    " · chỉ tiêu dạng CSV: ",
    link(
      "cho Excel tiếng Việt (dấu ;, số thập phân dấu phẩy)",
      "/api/kpis",
      "csv-vn",
      filter,
      "Mở được ngay trong Excel đặt vùng Việt Nam",
    ),
    " · ",
    link(
      "chuẩn quốc tế (dấu phẩy, số thập phân dấu chấm)",
      "/api/kpis",
      "csv",
      filter,
      "Cho phần mềm khác, hoặc Excel đặt vùng tiếng Anh",
    ),
  );
}

/** The status line's sentence for a failed call; a refusal (401/403) goes to the sign-in prompt instead. */
function message(error: unknown): string {
  if (error instanceof SignInRequiredError) return ""; // the prompt says it
  if (error instanceof ApiError) {
    const problem = problemOfStatus(error.status);
    if (!problem) return error.message;
    // A 401 has already put the session in needs-sign-in; a 403 leaves it signed in, so the prompt is shown here.
    if (error.status === 403) {
      refused = problem;
      redraw();
    }
    return "";
  }
  return "Không kết nối được máy chủ ThiDua. Hãy kiểm tra dịch vụ đang chạy rồi tải lại trang.";
}

void signInAndStart().catch((error: unknown) => {
  status.textContent = message(error);
});
