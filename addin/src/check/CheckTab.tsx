import { Button, Field, MessageBarActions, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  Edit20Regular,
  ShieldCheckmark20Regular,
  Tag20Regular,
  Wrench20Regular,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Notice } from "../shared/Notice";
import {
  appliedProfileText,
  countOpen,
  formatFixes,
  groupForReview,
  needsTagging,
  wordingProposals,
  type ReviewItem,
} from "./findings";
import { ProposalReview } from "./ProposalReview";
import { ReviewList } from "./ReviewList";
import { SetAsideList } from "./SetAsideList";
import { useCheck, type CheckProgress } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  summary: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  stat: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  statValue: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  errorValue: { color: tokens.colorPaletteRedForeground1 },
  warningValue: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoValue: { color: tokens.colorPaletteBlueForeground2 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function ProgressView({ progress }: { progress: CheckProgress }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (progress.stage !== "checking") return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [progress.stage]);
  if (progress.stage === "reading") {
    return (
      <Field label="Đang đọc văn bản từ Word…" hint={`Phần ${progress.read}/${progress.total}`}>
        <ProgressBar value={progress.total > 0 ? progress.read / progress.total : 0} thickness="large" />
      </Field>
    );
  }
  const seconds = Math.max(0, Math.floor((now - progress.startedAt) / 1000));
  return (
    <Field label="Đang kiểm tra theo Nghị định 30/2020/NĐ-CP…" hint={`Đã chạy ${seconds} giây`}>
      <ProgressBar thickness="large" />
    </Field>
  );
}

/**
 * The Kiểm tra tab: *Kiểm tra trước khi ký* sends the document to the service; the findings are listed by part and by
 * rule with counts of what is still open. *Sửa tất cả lỗi định dạng* applies the fixes that only change the look;
 * changes of wording are proposed one by one; a finding judged acceptable is set aside (*Bỏ qua*) and not shown again.
 */
export function CheckTab() {
  const styles = useStyles();
  const controller = useCheck();
  const { items, profile, rules, progress, busy, notice } = controller;
  const [reviewing, setReviewing] = useState(false);

  const groups = useMemo(() => (items ? groupForReview(items, rules) : []), [items, rules]);
  const counts = useMemo(() => countOpen(items ?? []), [items]);
  const formatting = useMemo(() => formatFixes(items ?? []), [items]);
  const proposals = useMemo(() => wordingProposals(items ?? []), [items]);
  const setAside = useMemo(() => (items ?? []).filter((i) => i.status === "set-aside"), [items]);
  const { fix } = controller;
  const fixOne = useCallback((item: ReviewItem) => fix([item]), [fix]);

  return (
    <section className={styles.root} aria-label="Kiểm tra thể thức">
      <Text className={styles.intro}>
        Kiểm tra thể thức, kỹ thuật trình bày của kế hoạch theo Nghị định 30/2020/NĐ-CP trước khi trình ký.
      </Text>
      <Button
        appearance="primary"
        size="large"
        icon={items ? <ArrowClockwise20Regular /> : <ShieldCheckmark20Regular />}
        onClick={() => void controller.check()}
        disabled={busy}
      >
        {items ? "Kiểm tra lại" : "Kiểm tra trước khi ký"}
      </Button>
      <div aria-live="polite">{progress && <ProgressView progress={progress} />}</div>
      <Notice notice={notice} />
      {items && (
        <>
          <div className={styles.summary} role="group" aria-label="Tổng hợp kết quả">
            <div className={styles.stat}>
              <span className={`${styles.statValue} ${styles.errorValue}`}>{counts.error}</span>
              <Text size={200}>lỗi</Text>
            </div>
            <div className={styles.stat}>
              <span className={`${styles.statValue} ${styles.warningValue}`}>{counts.warning}</span>
              <Text size={200}>cảnh báo</Text>
            </div>
            <div className={styles.stat}>
              <span className={`${styles.statValue} ${styles.infoValue}`}>{counts.info}</span>
              <Text size={200}>lưu ý</Text>
            </div>
          </div>
          <Text size={200} className={styles.intro}>
            Kiểm tra theo {appliedProfileText(profile)}.
          </Text>
          <div className={styles.actions}>
            <Button
              icon={<Wrench20Regular />}
              disabled={busy || formatting.length === 0}
              onClick={() => void controller.fix(formatting)}
            >
              Sửa tất cả lỗi định dạng ({formatting.length})
            </Button>
            {proposals.length > 0 && !reviewing && (
              <Button icon={<Edit20Regular />} disabled={busy} onClick={() => setReviewing(true)}>
                Xem từng đề xuất sửa chữ ({proposals.length})
              </Button>
            )}
          </div>
          {reviewing && (
            <ProposalReview
              proposals={proposals}
              rules={rules}
              busy={busy}
              onApply={(item) => void controller.fix([item])}
              onSetAside={(item) => void controller.setAside(item)}
              onSelect={(item) => void controller.select(item)}
              onClose={() => setReviewing(false)}
            />
          )}
          {needsTagging(items) && (
            <Notice
              notice={{
                intent: "info",
                title: "Kế hoạch chưa gắn thẻ đầy đủ.",
                text: "Gắn thẻ giúp đọc chính xác các phần và chỉ tiêu; chữ và định dạng giữ nguyên.",
              }}
              action={
                <MessageBarActions>
                  <Button size="small" icon={<Tag20Regular />} disabled={busy} onClick={() => void controller.retag()}>
                    Gắn thẻ
                  </Button>
                </MessageBarActions>
              }
            />
          )}
          <ReviewList
            groups={groups}
            rules={rules}
            busy={busy}
            onSelect={controller.select}
            onFix={fixOne}
            onSetAside={controller.setAside}
            onRestore={controller.restore}
          />
          {setAside.length > 0 && (
            <SetAsideList
              items={setAside}
              rules={rules}
              busy={busy}
              onRestore={(item) => void controller.restore(item)}
              onSelect={(item) => void controller.select(item)}
            />
          )}
        </>
      )}
    </section>
  );
}
