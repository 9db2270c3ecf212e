import type { PlanDetail } from "../api/client";
import { el } from "./dom";
import { evidenceText } from "../shared/kpi-text";
import { comparatorText, formatDate, formatTargetValue, formatTime } from "./format";

const shownVersions = 5;

/** The newest versions, each with the day it arrived and its file; older ones counted. */
function versions(detail: PlanDetail): HTMLElement {
  const list = el("span");
  detail.versions.slice(0, shownVersions).forEach((v, i) => {
    if (i > 0) list.append("; ");
    const text = `${v.number}${v.current ? " (hiện hành)" : ""}, gửi ${formatTime(v.submittedAt)}`;
    list.append(v.hasFile ? el("a", { href: `/api/plans/${detail.plan.id}/file?version=${v.number}` }, text) : text);
  });
  const older = detail.versions.length - shownVersions;
  if (older > 0) list.append(`; và ${older} phiên bản cũ hơn (vẫn được lưu)`);
  return list;
}

/**
 * Shows one plan below the coverage table: its header data, its versions and every chỉ tiêu with its source sentence.
 * The row of record `kpiId` (when given and shown) is marked `aria-current` and returned.
 */
export function renderPlan(
  section: HTMLElement,
  body: HTMLElement,
  detail: PlanDetail,
  kpiId?: number,
): HTMLElement | null {
  const plan = detail.plan;
  const title = section.querySelector("h2");
  if (title) title.textContent = `Kế hoạch năm ${plan.year} — ${plan.unitName}`;
  const number = `${plan.documentNumber || "…"}/${plan.symbol}`;
  const facts = el(
    "dl",
    { class: "facts" },
    el("dt", {}, "Số, ký hiệu"),
    el("dd", {}, number),
    el("dt", {}, "Trích yếu"),
    el("dd", {}, plan.subject),
    el("dt", {}, "Ngày ban hành"),
    el("dd", {}, formatDate(plan.signedDate) || "chưa ghi"),
    el("dt", {}, "Người ký"),
    el("dd", {}, plan.signerName),
    el("dt", {}, "Phiên bản"),
    el("dd", {}, versions(detail)),
  );
  const download = plan.hasFile
    ? el("p", {}, el("a", { href: `/api/plans/${plan.id}/file` }, `Tải tệp gốc ${plan.fileName}`))
    : el("p", {}, "Phiên bản này được gửi dưới dạng dữ liệu trích xuất, không kèm tệp .docx.");
  const rows = detail.kpis.map((k) =>
    el(
      "tr",
      k.id === kpiId ? { id: `chi-tieu-${k.id}`, "aria-current": "true" } : { id: `chi-tieu-${k.id}` },
      el("td", {}, k.label),
      el("td", {}, comparatorText(k.comparator)),
      el(
        "td",
        { class: "number" },
        k.qualitative ? "định tính" : formatTargetValue(k.comparator, k.value, k.valueMax, k.unit, k.base, k.total),
      ),
      el("td", { class: "number" }, String(k.targetYear)),
      el(
        "td",
        {},
        el("q", {}, k.source.sentence),
        k.source.location ? ` (${k.source.location})` : "",
        ...(evidenceText(k.evidence) ? [el("br"), el("small", { class: "evidence" }, evidenceText(k.evidence))] : []),
      ),
    ),
  );
  const table = el(
    "table",
    { id: "plan-kpis" },
    el("caption", {}, `${detail.kpis.length} chỉ tiêu của phiên bản ${detail.shownVersion}`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, "Chỉ tiêu"),
        el("th", { scope: "col" }, "So sánh"),
        el("th", { scope: "col" }, "Giá trị"),
        el("th", { scope: "col" }, "Năm"),
        el("th", { scope: "col" }, "Câu nguồn"),
      ),
    ),
    el("tbody", {}, ...rows),
  );
  const none = el(
    "p",
    { class: "empty" },
    `Không trích xuất được chỉ tiêu nào từ phiên bản ${detail.shownVersion} của kế hoạch này.`,
  );
  body.replaceChildren(facts, download, rows.length > 0 ? table : none);
  section.hidden = false;
  return table.querySelector<HTMLElement>('tr[aria-current="true"]');
}
