import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular, Dismiss16Regular, EyeOff16Regular, Wrench16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { RuleDescription } from "../api/client";
import { placeOf, type ReviewItem } from "./findings";
import { ProposalComparison } from "./Compare";
import { proposalOf } from "./proposal";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  step: { marginLeft: "auto", color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Props of {@link ProposalReview}. */
export interface ProposalReviewProps {
  /** The open findings whose fix changes words or spelling. */
  readonly proposals: readonly ReviewItem[];
  readonly rules: ReadonlyMap<string, RuleDescription>;
  readonly busy: boolean;
  onApply(item: ReviewItem): void;
  onSetAside(item: ReviewItem): void;
  onSelect(item: ReviewItem): void;
  onClose(): void;
}

/**
 * Changes of wording and spelling, proposed one at a time (they are never part of *Sửa tất cả*): where the change is,
 * the text before and after with the changed words marked, and *Sửa như đề xuất*, *Bỏ qua* (remembered in the
 * document) or *Để sau*; *Xem trong văn bản* selects the paragraph in Word.
 */
export function ProposalReview({
  proposals,
  rules,
  busy,
  onApply,
  onSetAside,
  onSelect,
  onClose,
}: ProposalReviewProps) {
  const styles = useStyles();
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const waiting = proposals.filter((p) => !later.has(p.key));
  const current = waiting[0];
  if (!current) {
    return (
      <section className={styles.panel} aria-label="Đề xuất sửa chữ">
        <div className={styles.head}>
          <Text weight="semibold">Đã xem hết các đề xuất sửa chữ.</Text>
          <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} aria-label="Đóng" onClick={onClose} />
        </div>
        {later.size > 0 && (
          <Button size="small" onClick={() => setLater(new Set())}>
            Xem lại {later.size} đề xuất để sau
          </Button>
        )}
      </section>
    );
  }
  const proposal = proposalOf(current.finding);
  const position = proposals.indexOf(current) + 1;
  return (
    <section className={styles.panel} aria-label="Đề xuất sửa chữ" data-proposal={current.key}>
      <div className={styles.head}>
        <Text weight="semibold">{rules.get(current.finding.rule)?.title ?? "Đề xuất sửa chữ"}</Text>
        <Caption1 className={styles.step}>
          Đề xuất {position}/{proposals.length}
        </Caption1>
        <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} aria-label="Đóng" onClick={onClose} />
      </div>
      <Caption1 className={styles.muted}>{current.finding.message}</Caption1>
      <ProposalComparison proposal={proposal} />
      <Caption1 className={styles.muted}>
        Ở: {placeOf(current.finding)}{" "}
        <Button size="small" appearance="transparent" onClick={() => onSelect(current)}>
          Xem trong văn bản
        </Button>
      </Caption1>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          icon={<Wrench16Regular />}
          disabled={busy}
          onClick={() => onApply(current)}
        >
          Sửa như đề xuất
        </Button>
        <Button size="small" icon={<EyeOff16Regular />} disabled={busy} onClick={() => onSetAside(current)}>
          Bỏ qua
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowRight16Regular />}
          disabled={busy}
          onClick={() => setLater(new Set(later).add(current.key))}
        >
          Để sau
        </Button>
      </div>
    </section>
  );
}
