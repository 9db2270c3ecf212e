import { useCallback, useEffect, useRef, useState } from "react";
import type { AppliedProfile, RuleDescription } from "../api/client";
import { describeError } from "../api/errors";
import { docxFile } from "../api/service";
import type { NoticeState } from "../shared/Notice";
import { usePlanLimits } from "../shared/usePlanLimits";
import { useServices } from "../taskpane/services";
import type { FixOutcome } from "../word";
import { appliedProfileText, reviewItems, setAsideOf, type ReviewItem, type ReviewStatus } from "./findings";

/** Where a check is: reading the document from Word (slices), then waiting for the service. */
export type CheckProgress =
  | { readonly stage: "reading"; readonly read: number; readonly total: number }
  | { readonly stage: "checking"; readonly startedAt: number };

/** The Kiểm tra tab's state and actions. */
export interface CheckController {
  readonly progress: CheckProgress | null;
  /** The findings of the last check and what became of each since; null before the first check. */
  readonly items: readonly ReviewItem[] | null;
  /** The rule profile the last check applied (the decree, or a province's or unit's guide on top of it); null before the first check. */
  readonly profile: AppliedProfile | null;
  /** How each rule explains itself (`GET /api/rules`), by id; empty until loaded or when the service has none. */
  readonly rules: ReadonlyMap<string, RuleDescription>;
  readonly busy: boolean;
  readonly notice: NoticeState | null;
  check(): Promise<void>;
  select(item: ReviewItem): Promise<void>;
  /** Applies the fixes of the given findings in Word; each becomes fixed, or stale when its text changed. */
  fix(items: readonly ReviewItem[]): Promise<void>;
  /** Sets a finding aside (*Bỏ qua*), remembered in the document. */
  setAside(item: ReviewItem): Promise<void>;
  /** Shows a finding set aside again. */
  restore(item: ReviewItem): Promise<void>;
  retag(): Promise<void>;
}

function summarize(outcomes: readonly FixOutcome[]): NoticeState {
  const applied = outcomes.filter((o) => o === "applied").length;
  const missed = outcomes.length - applied;
  if (missed === 0) {
    return {
      intent: "success",
      title: applied === 1 ? "Đã sửa." : `Đã sửa ${applied} lỗi.`,
      text: "Có thể hoàn tác bằng Ctrl+Z.",
    };
  }
  return {
    intent: "warning",
    title: `Đã sửa ${applied}/${outcomes.length} lỗi.`,
    text: `${missed} chỗ đã đổi từ lần kiểm tra trước nên chưa sửa; bấm “Kiểm tra lại” để xem lại những chỗ đó.`,
  };
}

/**
 * State and actions of the Kiểm tra tab: check before signing, select a finding (from the place kept from the check),
 * fix in place, set a finding aside, tag the plan. Every action updates the findings' statuses, so the counts follow.
 */
export function useCheck(): CheckController {
  const { word, api } = useServices();
  const limits = usePlanLimits();
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [items, setItems] = useState<readonly ReviewItem[] | null>(null);
  const [profile, setProfile] = useState<AppliedProfile | null>(null);
  const [rules, setRules] = useState<ReadonlyMap<string, RuleDescription>>(new Map());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const running = useRef(false);

  useEffect(() => {
    let live = true;
    api
      .listRules()
      .then((list) => live && setRules(new Map(list.map((r) => [r.id, r]))))
      .catch(() => undefined); // the cards then show the findings' own messages
    return () => {
      live = false;
    };
  }, [api]);

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

  const mark = useCallback((keys: ReadonlyMap<string, ReviewStatus>) => {
    setItems((current) => current?.map((i) => (keys.has(i.key) ? { ...i, status: keys.get(i.key)! } : i)) ?? null);
  }, []);

  const runCheck = useCallback(async () => {
    setProgress({ stage: "reading", read: 0, total: 1 });
    const maxBytes = await limits.maxBytes();
    const bytes = await word.readDocument({
      maxBytes,
      onProgress: (read, total) => setProgress({ stage: "reading", read, total }),
    });
    setProgress({ stage: "checking", startedAt: Date.now() });
    const report = await api.checkPlan(docxFile(bytes));
    const next = reviewItems(report, word.setAsideFindings());
    setItems(next);
    setProfile(report.profile ?? null);
    return { items: next, profile: report.profile };
  }, [api, limits, word]);

  const check = useCallback(
    () =>
      guarded(async () => {
        setNotice(null);
        const { items: next, profile: applied } = await runCheck();
        if (next.every((i) => i.status !== "open" || i.finding.severity === "info")) {
          setNotice({
            intent: "success",
            title: "Không còn lỗi hay cảnh báo.",
            text: `Kế hoạch đúng thể thức theo ${appliedProfileText(applied)}, có thể trình ký.`,
          });
        }
      }),
    [guarded, runCheck],
  );

  const select = useCallback(
    (item: ReviewItem) =>
      guarded(async () => {
        const { finding } = item;
        if (finding.paragraph < 0 && !finding.tag) return;
        const result = await word.select({ paragraph: finding.paragraph, text: finding.text, tag: finding.tag });
        setNotice(
          result === "not-found"
            ? {
                intent: "warning",
                title: "Không tìm thấy đoạn này.",
                text: "Văn bản đã thay đổi từ lần kiểm tra trước; hãy kiểm tra lại.",
              }
            : null,
        );
      }),
    [guarded, word],
  );

  const fix = useCallback(
    (chosen: readonly ReviewItem[]) =>
      guarded(async () => {
        const targets = chosen.filter((i) => i.status === "open" && i.change !== null);
        if (targets.length === 0) return;
        const outcomes = await word.applyFixes(
          targets.map(({ finding }) => ({ paragraph: finding.paragraph, text: finding.text, fix: finding.fix! })),
        );
        mark(new Map(targets.map((t, i) => [t.key, outcomes[i] === "applied" ? "fixed" : "stale"])));
        setNotice(summarize(outcomes));
      }),
    [guarded, mark, word],
  );

  const setAside = useCallback(
    (item: ReviewItem) =>
      guarded(async () => {
        const remembered = word.setAsideFindings();
        const mine = setAsideOf(item.finding);
        if (!remembered.some((s) => s.rule === mine.rule && s.text === mine.text))
          await word.saveSetAsideFindings([...remembered, mine]);
        mark(new Map([[item.key, "set-aside"]]));
        setNotice({
          intent: "info",
          title: "Đã bỏ qua.",
          text: "Lỗi này được ghi nhớ trong văn bản và không hiện lại ở các lần kiểm tra sau.",
        });
      }),
    [guarded, mark, word],
  );

  const restore = useCallback(
    (item: ReviewItem) =>
      guarded(async () => {
        const mine = setAsideOf(item.finding);
        await word.saveSetAsideFindings(
          word.setAsideFindings().filter((s) => !(s.rule === mine.rule && s.text === mine.text)),
        );
        mark(new Map([[item.key, "open"]]));
        setNotice(null);
      }),
    [guarded, mark, word],
  );

  const retag = useCallback(
    () =>
      guarded(async () => {
        setNotice(null);
        const bytes = await word.readDocument({ maxBytes: await limits.maxBytes() });
        let skipped: readonly string[] = [];
        if (word.features.insertWholeFile) {
          const tagged = await api.tagPlan(docxFile(bytes));
          await word.replaceWithTaggedCopy(new Uint8Array(await tagged.data.arrayBuffer()));
        } else {
          skipped = (await word.tagInPlace(await api.tagPlanInPlace(docxFile(bytes)))).skipped;
        }
        // What is left after tagging is what a new check says: the list and the counts follow the document.
        await runCheck();
        setNotice({
          intent: skipped.length > 0 ? "warning" : "success",
          title: "Đã gắn thẻ các phần của kế hoạch.",
          text:
            (skipped.length > 0 ? `Chưa gắn được: ${skipped.join(" ")} ` : "") +
            "Chữ, định dạng, đầu trang và chân trang giữ nguyên; có thể hoàn tác bằng Ctrl+Z.",
        });
      }),
    [api, guarded, limits, runCheck, word],
  );

  return { progress, items, profile, rules, busy, notice, check, select, fix, setAside, restore, retag };
}
