// Browser test of the district dashboard (issue 6): every corpus plan is submitted through the real HTTP API, as its
// unit, then /dashboard is opened in Debian's headless Chromium at 1366×768 and what it shows is compared with what the
// API answers. Run from addin/: `npm run build && node --test --test-concurrency=1 ../tests/browser/dashboard.test.mjs`.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  api,
  createUnit,
  DASHBOARD_VIEWPORT,
  saveScreenshot,
  openDashboard,
  submitPlan,
} from "./support/dashboard.mjs";
import { launchBrowser, seriousA11yViolations } from "./support/pane.mjs";
import { corpusDir } from "./support/paths.mjs";
import { startService } from "./support/service.mjs";

const expected = JSON.parse(readFileSync(join(corpusDir, "expected.json"), "utf8"));

/**
 * The communes and the district whose plans the corpus holds, by the file name's prefix, and one commune of the same
 * district as Trí Yên that has sent nothing.
 */
const units = [
  { prefix: "tien-dong", name: "Ủy ban nhân dân xã Tiên Động", placeName: "Tiên Động", level: "xã", district: "Tứ Kỳ" },
  { prefix: "tri-yen", name: "Ủy ban nhân dân xã Trí Yên", placeName: "Trí Yên", level: "xã", district: "Yên Dũng" },
  { prefix: "hai-anh", name: "Ủy ban nhân dân xã Hải Anh", placeName: "Hải Anh", level: "xã", district: "Hải Hậu" },
  { prefix: "dak-ha", name: "Ủy ban nhân dân huyện Đắk Hà", placeName: "Đắk Hà", level: "huyện", district: "Đắk Hà" },
  {
    prefix: "duong-quang",
    name: "Ủy ban nhân dân xã Dương Quang",
    placeName: "Dương Quang",
    level: "xã",
    district: "Mỹ Hào",
  },
  { prefix: null, name: "Ủy ban nhân dân xã Nham Sơn", placeName: "Nham Sơn", level: "xã", district: "Yên Dũng" },
];

let service;
let browser;
/** Unit name → id. */
const unitIds = new Map();
/** Every submission result, in the order sent. */
const submissions = [];

before(async () => {
  service = await startService();
  browser = await launchBrowser();
  for (const { prefix: _prefix, ...profile } of units)
    unitIds.set(profile.name, (await createUnit(service.url, { ...profile, symbol: "UBND" })).id);
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".docx"))
    .sort();
  for (const file of files) {
    const unit = units.find((u) => u.prefix !== null && file.startsWith(u.prefix));
    assert.ok(unit, `no unit for ${file}`);
    submissions.push({ file, ...(await submitPlan(service.url, file, unitIds.get(unit.name))) });
  }
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

/** Years that have at least one plan, newest first. */
function yearsWithPlans() {
  return [...new Set(submissions.map((s) => s.year))].sort((a, b) => b - a);
}

/** The coverage table as shown: one entry per row. */
function shownCoverage(page) {
  return page.$$eval("#coverage-table tbody tr[data-unit]", (rows) =>
    rows.map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      return {
        unitId: Number(tr.dataset.unit),
        unit: cells[0],
        status: cells[2],
        version: cells[4],
        kpis: cells[5],
        links: [...tr.querySelectorAll("a")].map((a) => a.textContent),
      };
    }),
  );
}

/** Each chart on the page: its indicator code and what Chart.js holds (labels, values, the y axis' tick labels). */
function shownCharts(page) {
  return page.$$eval("figure.indicator canvas", (canvases) =>
    canvases.map((canvas) => {
      const chart = window.Chart.getChart(canvas);
      return {
        code: canvas.closest("figure").dataset.code,
        labels: [...chart.data.labels],
        values: [...chart.data.datasets[0].data],
        ticks: chart.scales.y.ticks.map((t) => t.label),
        width: canvas.getBoundingClientRect().width,
        height: canvas.getBoundingClientRect().height,
      };
    }),
  );
}

async function applyFilters(page, { year, sector, code }) {
  if (year !== undefined) await page.locator("#filter-year").selectOption(String(year));
  if (sector !== undefined) await page.locator("#filter-sector").selectOption(sector);
  if (code !== undefined) await page.locator("#filter-code").selectOption(code);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "");
}

describe("Bảng tổng hợp after the corpus is submitted", () => {
  let view;
  before(async () => {
    view = await openDashboard(browser, service.url);
    await view.page.locator("#coverage-table tbody tr").first().waitFor();
  });
  after(async () => view?.context.close());

  test("every corpus plan was stored: three Trí Yên files as three versions of one plan", () => {
    assert.equal(submissions.length, readdirSync(corpusDir).filter((f) => f.endsWith(".docx")).length);
    const triYen = submissions.filter((s) => s.file.startsWith("tri-yen"));
    assert.equal(new Set(triYen.map((s) => s.planId)).size, 1);
    assert.deepEqual(triYen.map((s) => s.version).sort(), [1, 2, 3]);
    for (const s of triYen) assert.equal(s.kpiCount, 24, s.file);
  });

  test("says in its header that the service runs without sign-in, with no Đăng xuất and no sign-in prompt", async () => {
    const { page } = view;
    assert.equal(await page.locator("#account-line").textContent(), "Chế độ phát triển cục bộ — không đăng nhập");
    assert.ok(await page.getByRole("button", { name: "Đăng xuất" }).isHidden());
    assert.ok(await page.locator("#sign-in").isHidden());
  });

  test("opens on the newest year with plans, and lists the units that have and have not sent it", async () => {
    const { page } = view;
    const newest = yearsWithPlans()[0];
    assert.equal(await page.locator("#filter-year").inputValue(), String(newest));
    const coverage = await api(service.url, `/api/units/coverage?year=${newest}`);
    assert.equal(coverage.length, units.length);
    const shown = await shownCoverage(page);
    assert.deepEqual(shown.map((r) => r.unitId).sort(), coverage.map((r) => r.unitId).sort());
    const sent = submissions.filter((s) => s.year === newest).map((s) => s.unitId);
    for (const row of shown) assert.equal(row.status, sent.includes(row.unitId) ? "Đã gửi" : "Chưa gửi", row.unit);
    await page.getByText(`Năm ${newest}: ${new Set(sent).size}/${units.length} đơn vị đã gửi kế hoạch.`).waitFor();
  });

  test("changing the year shows that year's units and the chỉ tiêu charts with the submitted values", async () => {
    const { page } = view;
    const year = submissions.find((s) => s.file === "tri-yen-2024.docx").year;
    const before = await page.locator("#charts").innerText();
    await applyFilters(page, { year });
    assert.match(page.url(), new RegExp(`[?&]year=${year}\\b`));
    assert.notEqual(await page.locator("#charts").innerText(), before, "the charts did not change with the year");

    const coverage = await api(service.url, `/api/units/coverage?year=${year}`);
    const shown = await shownCoverage(page);
    assert.equal(shown.length, coverage.length);
    for (const row of coverage) {
      const r = shown.find((s) => s.unitId === row.unitId);
      assert.ok(r, `${row.unitName} is not in the table`);
      assert.equal(r.unit, row.unitName);
      assert.equal(r.status, row.submitted ? "Đã gửi" : "Chưa gửi", row.unitName);
      assert.equal(r.version, row.submitted ? String(row.currentVersion) : "", `${row.unitName}: version`);
      assert.equal(r.kpis, row.submitted ? String(row.kpiCount) : "", `${row.unitName}: chỉ tiêu`);
      assert.deepEqual(r.links, row.submitted ? ["Xem", "Tệp .docx"] : [], `${row.unitName}: links`);
    }
    const nham = shown.find((r) => r.unitId === unitIds.get("Ủy ban nhân dân xã Nham Sơn"));
    assert.equal(nham.status, "Chưa gửi");
    const triYen = shown.find((r) => r.unitId === unitIds.get("Ủy ban nhân dân xã Trí Yên"));
    assert.deepEqual([triYen.status, triYen.version, triYen.kpis], ["Đã gửi", "3", "24"]);

    // One chart per indicator with a number, holding exactly the values the summary query returns, unit by unit.
    const summary = await api(service.url, `/api/kpis/summary?year=${year}`);
    const numeric = summary.filter((s) => s.points.some((p) => p.value !== null));
    const charts = await shownCharts(page);
    assert.ok(charts.length > 0, "no chart");
    assert.deepEqual(charts.map((c) => c.code).sort(), numeric.map((s) => s.code).sort());
    for (const indicator of numeric) {
      const chart = charts.find((c) => c.code === indicator.code);
      const points = indicator.points.filter((p) => p.value !== null);
      assert.deepEqual(
        chart.labels,
        points.map((p) => p.unitName),
        `${indicator.code}: units`,
      );
      assert.deepEqual(
        chart.values,
        points.map((p) => p.value),
        `${indicator.code}: values`,
      );
      assert.ok(chart.width > 250 && chart.height > 150, `${indicator.code}: chart ${chart.width}×${chart.height} px`);
    }
    // …and they are the chỉ tiêu of the Trí Yên plan as the corpus lists them.
    const triYenBars = charts
      .flatMap((c) => c.labels.map((label, i) => ({ code: c.code, label, value: c.values[i] })))
      .filter((b) => b.label === "Ủy ban nhân dân xã Trí Yên");
    assert.equal(triYenBars.length, expected["tri-yen-2024.docx"].kpis.length);
    for (const kpi of expected["tri-yen-2024.docx"].kpis) {
      assert.ok(
        triYenBars.some((b) => b.code === kpi.code && b.value === Number(kpi.value)),
        `${kpi.code} = ${kpi.value} is not charted`,
      );
    }
    // Axis labels in Vietnamese notation.
    const income = charts.find((c) => c.code === "kinh-te.thu-nhap-binh-quan");
    assert.ok(income.ticks.includes("60.000.000"), `ticks ${income.ticks.join(" | ")}`);
    const poor = charts.find((c) => c.code === "xa-hoi.ty-le-ho-ngheo");
    assert.ok(
      poor.ticks.some((t) => /^\d+,\d+$/.test(t)),
      `ticks ${poor.ticks.join(" | ")}`,
    );
    // Values in the lists under the charts in Vietnamese notation, % and ‰ against the number: 60.500.000 đồng, 1,06%.
    const values = await page.$$eval("#charts .points li", (items) => items.map((li) => li.childNodes[1].textContent));
    assert.ok(values.length >= expected["tri-yen-2024.docx"].kpis.length);
    for (const value of values) assert.match(value, /^: (định tính|\d{1,3}(\.\d{3})*(,\d+)?([%‰]| \S.*)?) — $/u);
    assert.ok(values.includes(": 60.500.000 đồng — "));
    assert.ok(values.includes(": 1,06% — "));
    await saveScreenshot(page, "dashboard.png");
  });

  test("the lĩnh vực filter keeps the charts of that sector only, named in Vietnamese", async () => {
    const { page } = view;
    const year = Number(await page.locator("#filter-year").inputValue());
    const sectors = await page
      .locator("#filter-sector")
      .locator("option")
      .evaluateAll((options) => options.map((o) => ({ value: o.value, text: o.textContent })));
    const health = sectors.find((s) => s.value === "y-te");
    assert.equal(health?.text, "Y tế");
    for (const s of sectors) assert.doesNotMatch(s.text, /^[a-z-]+$/, `a slug is shown: ${s.text}`);

    const all = (await shownCharts(page)).map((c) => c.code);
    await applyFilters(page, { sector: "y-te" });
    assert.match(page.url(), /[?&]sector=y-te\b/);
    const summary = await api(service.url, `/api/kpis/summary?year=${year}&sector=y-te`);
    assert.ok(summary.length > 0);
    const figures = await page.$$eval("figure.indicator", (fs) => fs.map((f) => f.dataset.code));
    assert.deepEqual(figures.sort(), summary.map((s) => s.code).sort());
    const charts = (await shownCharts(page)).map((c) => c.code);
    assert.ok(charts.length > 0 && charts.length < all.length, `${charts.length} charts of ${all.length}`);

    // One indicator.
    const code = summary.find((s) => s.points.some((p) => p.value !== null)).code;
    await applyFilters(page, { code });
    assert.deepEqual(
      (await shownCharts(page)).map((c) => c.code),
      [code],
    );

    // An indicator of another sector: nothing matches, and the page says why.
    const elsewhere = (await api(service.url, `/api/kpis/summary?year=${year}`)).find((s) => s.sector !== "y-te").code;
    await applyFilters(page, { code: elsewhere });
    assert.equal((await shownCharts(page)).length, 0);
    await page
      .locator("#charts")
      .getByText(`Không có chỉ tiêu nào của năm ${year} khớp lĩnh vực và chỉ tiêu đã chọn.`)
      .waitFor();

    // Back to every sector and indicator.
    await applyFilters(page, { sector: "", code: "" });
    assert.equal((await shownCharts(page)).length, all.length);
  });

  test("a value's link opens its plan with the source sentence of that chỉ tiêu", async () => {
    const { page } = view;
    const year = Number(await page.locator("#filter-year").inputValue());
    const summary = await api(service.url, `/api/kpis/summary?year=${year}&code=nong-nghiep.nang-suat-lua`);
    const point = summary[0].points[0];
    const figure = page.locator('figure.indicator[data-code="nong-nghiep.nang-suat-lua"]');
    await figure.getByRole("link", { name: point.unitName }).click();
    const detail = page.locator("#plan-detail");
    await detail.waitFor({ state: "visible" });
    assert.match(page.url(), new RegExp(`#ke-hoach-${point.planId}$`));
    assert.equal(
      await detail.getByRole("heading", { level: 2 }).innerText(),
      `Kế hoạch năm ${year} — ${point.unitName}`,
    );

    const plan = await api(service.url, `/api/plans/${point.planId}`);
    const rows = detail.locator("#plan-kpis tbody tr");
    assert.equal(await rows.count(), plan.kpis.length);
    // The record the link came from is marked, with its sentence as the plan wrote it.
    const row = detail.locator(`#chi-tieu-${point.kpiId}`);
    assert.equal(await row.getAttribute("aria-current"), "true");
    assert.equal(await row.locator("q").innerText(), point.sentence);
    assert.match(point.sentence, /61 tạ\/ha/);
    assert.match(await row.innerText(), /61 tạ\/ha/);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return r && r.top >= 0 && r.bottom <= window.innerHeight;
    }, `chi-tieu-${point.kpiId}`);
    await saveScreenshot(page, "dashboard-ke-hoach.png", { fullPage: false });

    // The coverage table's link opens a plan too; one without chỉ tiêu (Tiên Động, Đắk Hà: no target list) says so.
    const bare = submissions.find((s) => s.year === year && s.kpiCount === 0);
    assert.ok(bare, `no plan of ${year} without chỉ tiêu`);
    await page
      .locator("#coverage-table")
      .getByRole("link", { name: `Xem kế hoạch của ${bare.unitName}` })
      .click();
    await detail.getByRole("heading", { name: `Kế hoạch năm ${year} — ${bare.unitName}` }).waitFor();
    assert.match(page.url(), new RegExp(`#ke-hoach-${bare.planId}$`));
    await detail
      .getByText(`Không trích xuất được chỉ tiêu nào từ phiên bản ${bare.version} của kế hoạch này.`)
      .waitFor();
    assert.equal(await detail.locator("#plan-kpis").count(), 0);

    // …and a shared address opens it directly.
    const other = await openDashboard(browser, service.url, `/dashboard?year=${year}#ke-hoach-${point.planId}`);
    try {
      await other.page.locator("#plan-detail").waitFor({ state: "visible" });
      await other.page.locator("#plan-kpis").getByText(point.sentence).first().waitFor();
      assert.deepEqual(other.errors, []);
    } finally {
      await other.context.close();
    }
  });

  test("a year without plans says so instead of showing empty charts", async () => {
    const { page } = view;
    const years = await page
      .locator("#filter-year")
      .locator("option")
      .evaluateAll((options) => options.map((o) => Number(o.value)));
    const empty = years.find((y) => !yearsWithPlans().includes(y));
    assert.ok(empty, `every year offered has plans: ${years.join(", ")}`);
    await applyFilters(page, { year: empty });
    assert.equal(await page.locator("#plan-detail").isVisible(), false, "the plan of the year before is still shown");
    assert.doesNotMatch(page.url(), /#ke-hoach-/);
    await page.getByText(`Năm ${empty}: 0/${units.length} đơn vị đã gửi kế hoạch.`).waitFor();
    assert.equal((await shownCharts(page)).length, 0);
    await page.locator("#charts").getByText(`Chưa có đơn vị nào gửi kế hoạch năm ${empty}.`).waitFor();
    const statuses = (await shownCoverage(page)).map((r) => r.status);
    assert.deepEqual([...new Set(statuses)], ["Chưa gửi"]);
  });

  test("fits a 1366×768 screen, has no serious accessibility violation, and logged no error", async () => {
    const { page } = view;
    await applyFilters(page, { year: submissions.find((s) => s.file === "tri-yen-2024.docx").year });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= DASHBOARD_VIEWPORT.width, `the page is ${width} px wide`);
    const filters = await page.locator("#filters").boundingBox();
    assert.ok(filters.height < 120, `the filters take ${filters.height} px`);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(view.errors, []);
  });
});
