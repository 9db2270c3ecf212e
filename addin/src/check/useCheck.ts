import { useCallback, useRef, useState } from "react";
import type { CheckReport, Finding } from "../api/client";
import { describeError } from "../api/errors";
import { docxFile } from "../api/service";
import type { NoticeState } from "../shared/Notice";
import { useServices } from "../taskpane/services";
import type { FixOutcome } from "../word";
import { findingKey, inPlaceFixable } from "./findings";

/** Where a check is: reading the document from Word (slices), then waiting for the service. */
export type CheckProgress =
  | { readonly stage: "reading"; readonly read: number; readonly total: number }
  | { readonly stage: "checking"; readonly startedAt: number };

/** The Kiểm tra tab's state and actions. */
export interface CheckController {
  readonly progress: CheckProgress | null;
  readonly report: CheckReport | null;
  /** Keys ({@link findingKey}) of the findings fixed since the last check. */
  readonly fixed: ReadonlySet<string>;
  readonly busy: boolean;
  readonly notice: NoticeState | null;
  check(): Promise<void>;
  select(finding: Finding): Promise<void>;
  fix(findings: readonly { finding: Finding; key: string }[]): Promise<void>;
  retag(): Promise<void>;
}

function summarize(outcomes: readonly FixOutcome[]): NoticeState {
  const applied = outcomes.filter((o) => o === "applied").length;
  const missed = outcomes.length - applied;
  if (missed === 0) {
    return {
      intent: "success",
      title: `Đã sửa ${applied} lỗi định dạng.`,
      text: "Có thể hoàn tác bằng Ctrl+Z. Bấm “Kiểm tra lại” để xem những gì còn lại.",
    };
  }
  return {
    intent: "warning",
    title: `Đã sửa ${applied}/${outcomes.length} lỗi.`,
    text: `${missed} chỗ không còn như lúc kiểm tra (văn bản đã đổi). Hãy kiểm tra lại.`,
  };
}

/** State and actions of the Kiểm tra tab: check before signing, select a finding, fix in place, tag the plan. */
export function useCheck(): CheckController {
  const { word, api } = useServices();
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const running = useRef(false);

  /** Runs one action at a time; any failure becomes a Vietnamese notice. */
  const guarded = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ intent: "error", title: "Không thực hiện được", text: describeError(error) });
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, []);

  const check = useCallback(
    () =>
      guarded(async () => {
        setNotice(null);
        setProgress({ stage: "reading", read: 0, total: 1 });
        const bytes = await word.readDocument((read, total) => setProgress({ stage: "reading", read, total }));
        setProgress({ stage: "checking", startedAt: Date.now() });
        const result = await api.checkPlan(docxFile(bytes));
        setReport(result);
        setFixed(new Set());
        if (result.findings.every((f) => f.severity === "info")) {
          setNotice({
            intent: "success",
            title: "Không còn lỗi hay cảnh báo.",
            text: "Kế hoạch đúng thể thức theo Nghị định 30/2020/NĐ-CP, có thể trình ký.",
          });
        }
      }),
    [api, guarded, word],
  );

  const select = useCallback(
    (finding: Finding) =>
      guarded(async () => {
        if (finding.paragraph < 0 && !finding.tag) return;
        const result = await word.select({ paragraph: finding.paragraph, text: finding.text, tag: finding.tag });
        setNotice(
          result === "not-found"
            ? { intent: "warning", title: "Không tìm thấy đoạn này.", text: "Văn bản đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại." }
            : null,
        );
      }),
    [guarded, word],
  );

  const fix = useCallback(
    (items: readonly { finding: Finding; key: string }[]) =>
      guarded(async () => {
        const fixable = items.filter(({ finding }) => inPlaceFixable([finding]).length === 1);
        const outcomes = await word.applyFixes(
          fixable.map(({ finding }) => ({ paragraph: finding.paragraph, text: finding.text, fix: finding.fix! })),
        );
        setFixed((previous) => {
          const next = new Set(previous);
          fixable.forEach(({ key }, i) => outcomes[i] === "applied" && next.add(key));
          return next;
        });
        setNotice(summarize(outcomes));
      }),
    [guarded, word],
  );

  const retag = useCallback(
    () =>
      guarded(async () => {
        const bytes = await word.readDocument();
        const tagged = await api.tagPlan(docxFile(bytes));
        await word.replaceDocument(new Uint8Array(await tagged.data.arrayBuffer()));
        setNotice({
          intent: "success",
          title: "Đã gắn thẻ các phần của kế hoạch.",
          text: "Nội dung và định dạng giữ nguyên; có thể hoàn tác bằng Ctrl+Z.",
        });
      }),
    [api, guarded, word],
  );

  return { progress, report, fixed, busy, notice, check, select, fix, retag };
}
