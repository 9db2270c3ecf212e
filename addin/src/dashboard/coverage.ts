import type { CoverageRow } from "../api/client";
import { el } from "./dom";
import { formatTime } from "./format";

/**
 * Fills the coverage table (`#coverage-table`): one row per unit, submitted or not, with a link to its plan
 * (shown below the table by `onPlan`) and to the original .docx.
 */
export function renderCoverage(
  table: HTMLTableElement,
  caption: HTMLElement,
  year: number,
  rows: CoverageRow[],
  onPlan: (planId: number) => void,
): void {
  const body = table.tBodies[0] ?? table.createTBody();
  body.replaceChildren();
  const submitted = rows.filter((r) => r.submitted).length;
  caption.textContent = `Năm ${year}: ${submitted}/${rows.length} đơn vị đã gửi kế hoạch.`;
  if (rows.length === 0) {
    body.append(
      el(
        "tr",
        {},
        el("td", { colspan: "8" }, "Chưa có đơn vị nào. Đơn vị được thêm khi gửi kế hoạch hoặc qua /api/units."),
      ),
    );
    return;
  }
  for (const row of rows) {
    const status = el("td", { class: row.submitted ? "submitted" : "missing" }, row.submitted ? "Đã gửi" : "Chưa gửi");
    const number = row.documentNumber || row.symbol ? `${row.documentNumber || "…"}/${row.symbol}` : "";
    const links = el("td");
    if (row.planId !== null) {
      const planId = row.planId;
      const view = el(
        "a",
        { href: `#ke-hoach-${planId}`, "data-plan": String(planId), "aria-label": `Xem kế hoạch của ${row.unitName}` },
        "Xem",
      );
      view.addEventListener("click", (event) => {
        event.preventDefault();
        onPlan(planId);
      });
      links.append(
        view,
        " · ",
        el(
          "a",
          { href: `/api/plans/${planId}/file`, "aria-label": `Tải tệp .docx kế hoạch của ${row.unitName}` },
          "Tệp .docx",
        ),
      );
    }
    body.append(
      el(
        "tr",
        { "data-unit": String(row.unitId) },
        el("th", { scope: "row" }, row.unitName),
        el("td", {}, row.district),
        status,
        el("td", {}, number),
        el("td", { class: "number" }, row.currentVersion === null ? "" : String(row.currentVersion)),
        el("td", { class: "number" }, row.submitted ? String(row.kpiCount) : ""),
        el("td", {}, formatTime(row.submittedAt)),
        links,
      ),
    );
  }
}
