import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Field,
  MessageBarActions,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, ShieldCheckmark20Regular, Tag20Regular, Wrench20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { Finding } from "../api/client";
import { Notice } from "../shared/Notice";
import { FindingCard } from "./FindingCard";
import { countBySeverity, findingKey, groupFindings, inPlaceFixable, needsTagging } from "./findings";
import { useCheck, type CheckProgress } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  summary: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  statValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  errorValue: { color: tokens.colorPaletteRedForeground1 },
  warningValue: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoValue: { color: tokens.colorPaletteBlueForeground2 },
  list: { margin: 0, padding: 0 },
  groupHeader: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%" },
  groupTitle: { fontWeight: tokens.fontWeightSemibold },
  badges: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalXS },
});

function ProgressView({ progress }: { progress: CheckProgress }) {
  const [now, setNow] = useState(Date.now());
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
 * The Kiểm tra tab: *Kiểm tra trước khi ký* sends the document to the service and lists the findings by part and
 * severity with counts; a finding selects its paragraph; *Sửa* / *Sửa tất cả lỗi định dạng* fix in place.
 */
export function CheckTab() {
  const styles = useStyles();
  const controller = useCheck();
  const { report, progress, busy, fixed, notice } = controller;

  const keyed = useMemo(() => {
    const seen = new Map<string, number>();
    const keys = new Map<Finding, string>();
    for (const finding of report?.findings ?? []) {
      const base = `${finding.rule}|${finding.paragraph}|${finding.text}`;
      const ordinal = seen.get(base) ?? 0;
      seen.set(base, ordinal + 1);
      keys.set(finding, findingKey(finding, ordinal));
    }
    return keys;
  }, [report]);
  const groups = useMemo(() => (report ? groupFindings(report) : []), [report]);
  const counts = useMemo(() => countBySeverity(report?.findings ?? []), [report]);
  const pending = useMemo(
    () => inPlaceFixable(report?.findings ?? []).filter((f) => !fixed.has(keyed.get(f) ?? "")),
    [report, fixed, keyed],
  );
  const withKey = (findings: readonly Finding[]) => findings.map((finding) => ({ finding, key: keyed.get(finding) ?? "" }));

  return (
    <section className={styles.root} aria-label="Kiểm tra thể thức">
      <Text className={styles.intro}>
        Kiểm tra thể thức, kỹ thuật trình bày của kế hoạch theo Nghị định 30/2020/NĐ-CP trước khi trình ký.
      </Text>
      <Button
        appearance="primary"
        size="large"
        icon={report ? <ArrowClockwise20Regular /> : <ShieldCheckmark20Regular />}
        onClick={() => void controller.check()}
        disabled={busy}
      >
        {report ? "Kiểm tra lại" : "Kiểm tra trước khi ký"}
      </Button>
      <div aria-live="polite">{progress && <ProgressView progress={progress} />}</div>
      <Notice notice={notice} />
      {report && (
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
          <Button
            icon={<Wrench20Regular />}
            disabled={busy || pending.length === 0}
            onClick={() => void controller.fix(withKey(pending))}
          >
            Sửa tất cả lỗi định dạng ({pending.length})
          </Button>
          <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.part)}>
            {groups.map((group) => (
              <AccordionItem key={group.part} value={group.part}>
                <AccordionHeader expandIconPosition="end">
                  <span className={styles.groupHeader}>
                    <span className={styles.groupTitle}>{group.title}</span>
                    <span className={styles.badges}>
                      {group.counts.error > 0 && (
                        <CounterBadge count={group.counts.error} color="danger" size="small" aria-label={`${group.counts.error} lỗi`} />
                      )}
                      {group.counts.warning > 0 && (
                        <CounterBadge
                          count={group.counts.warning}
                          color="important"
                          appearance="ghost"
                          size="small"
                          aria-label={`${group.counts.warning} cảnh báo`}
                        />
                      )}
                      {group.counts.info > 0 && (
                        <CounterBadge count={group.counts.info} color="informative" size="small" aria-label={`${group.counts.info} lưu ý`} />
                      )}
                    </span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {group.findings.map((finding) => {
                      const key = keyed.get(finding) ?? "";
                      return (
                        <FindingCard
                          key={key}
                          finding={finding}
                          fixed={fixed.has(key)}
                          busy={busy}
                          onSelect={(f) => void controller.select(f)}
                          onFix={(f) => void controller.fix(withKey([f]))}
                        />
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          {needsTagging(report.findings) && (
            <Notice
              notice={{
                intent: "info",
                title: "Kế hoạch chưa gắn thẻ đầy đủ.",
                text: "Gắn thẻ giúp đọc chính xác các phần và chỉ tiêu; nội dung giữ nguyên.",
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
        </>
      )}
    </section>
  );
}
