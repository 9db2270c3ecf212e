import { Button, Caption1, Link, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ChevronDown16Regular,
  ChevronRight16Regular,
  ErrorCircle16Filled,
  EyeOff16Regular,
  Info16Filled,
  Warning16Filled,
  Wrench16Regular,
} from "@fluentui/react-icons";
import { memo, useState } from "react";
import type { RuleDescription, Severity } from "../api/client";
import { differsOnlyInWhitespace, firstWords, placeOf, type ReviewItem } from "./findings";
import { Comparison, ProposalComparison, Spaced } from "./Compare";
import { proposalOf } from "./proposal";

const useStyles = makeStyles({
  card: {
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorPaletteBlueBorderActive}` },
  done: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}` },
  line: { display: "flex", alignItems: "stretch", minWidth: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    textAlign: "left",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":disabled": { cursor: "default" },
  },
  icon: { flexShrink: 0 },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoIcon: { color: tokens.colorPaletteBlueForeground2 },
  doneIcon: { color: tokens.colorPaletteGreenForeground1 },
  summary: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold },
  words: { color: tokens.colorNeutralForeground2 },
  state: { flexShrink: 0, marginLeft: "auto", color: tokens.colorPaletteGreenForeground1 },
  toggle: { flexShrink: 0, minWidth: "32px", borderRadius: 0 },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
  },
  text: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  why: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: "2px" },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

/** Props of {@link FindingCard}. */
export interface FindingCardProps {
  readonly item: ReviewItem;
  /** How its rule explains itself, when the service said. */
  readonly rule: RuleDescription | undefined;
  /** Show the rule's title on the line (a finding alone in its group); inside a group the group's header names it. */
  readonly withTitle: boolean;
  readonly busy: boolean;
  onSelect(item: ReviewItem): void;
  onFix(item: ReviewItem): void;
  onSetAside(item: ReviewItem): void;
  onRestore(item: ReviewItem): void;
  /** Called when the card's height changes (details opened), for the virtual list. */
  onResize?(): void;
}

/**
 * One finding as one short line — severity, what is checked, the first words of the paragraph — that selects the
 * paragraph in Word; *Chi tiết* opens what was found and what is expected (white space made visible), a proposed
 * change of wording before and after, where it is in Word's terms, the clause of Nghị định 30 it applies with its
 * explanation, and *Sửa* / *Bỏ qua*.
 */
export const FindingCard = memo(function FindingCard({
  item,
  rule,
  withTitle,
  busy,
  onSelect,
  onFix,
  onSetAside,
  onRestore,
  onResize,
}: FindingCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState(false);
  const { finding, status, change } = item;
  const done = status === "fixed";
  const Icon = done ? CheckmarkCircle16Filled : ICONS[finding.severity];
  const locatable = finding.paragraph >= 0 || Boolean(finding.tag);
  const title = rule?.title ?? finding.message;
  const words = firstWords(finding.text);
  const spacing = differsOnlyInWhitespace(finding.observed, finding.expected);
  const proposal = change === "wording" ? proposalOf(finding) : null;
  const toggle = (set: (v: boolean) => void, value: boolean) => {
    set(value);
    requestAnimationFrame(() => onResize?.());
  };
  const stateText =
    status === "fixed" ? "Đã sửa" : status === "stale" ? "Đã đổi" : status === "set-aside" ? "Đã bỏ qua" : "";
  return (
    <div
      className={mergeClasses(styles.card, done ? styles.done : styles[finding.severity])}
      data-rule={finding.rule}
      data-status={status}
      data-change={change ?? undefined}
    >
      <div className={styles.line}>
        <button
          type="button"
          className={styles.main}
          onClick={() => onSelect(item)}
          disabled={!locatable}
          title={locatable ? `Chọn đoạn này trong văn bản: ${finding.text}` : finding.text || undefined}
        >
          <Icon
            className={mergeClasses(styles.icon, done ? styles.doneIcon : styles[`${finding.severity}Icon`])}
            aria-label={done ? "Đã sửa" : undefined}
          />
          <span className={styles.summary}>
            {withTitle && <span className={styles.title}>{title}</span>}
            {withTitle && words && " · "}
            {words ? (
              <span className={styles.words}>“{words}”</span>
            ) : (
              !withTitle && <span className={styles.words}>{placeOf(finding)}</span>
            )}
          </span>
          {stateText && <Caption1 className={styles.state}>{stateText}</Caption1>}
        </button>
        <Button
          className={styles.toggle}
          appearance="subtle"
          size="small"
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={open}
          aria-label={`Chi tiết: ${title}${words ? ` “${words}”` : ""}`}
          onClick={() => toggle(setOpen, !open)}
        />
      </div>
      {open && (
        <div className={styles.details}>
          <Text size={200} className={styles.text}>
            {finding.message}
          </Text>
          {proposal ? (
            <ProposalComparison proposal={proposal} label="Đề xuất sửa" />
          ) : (
            (finding.observed || finding.expected) && (
              <Comparison
                rows={[
                  ...(finding.observed
                    ? [["Hiện tại", spacing ? <Spaced text={finding.observed} /> : finding.observed] as const]
                    : []),
                  ...(finding.expected
                    ? [["Yêu cầu", spacing ? <Spaced text={finding.expected} /> : finding.expected] as const]
                    : []),
                ]}
              />
            )
          )}
          <Caption1 className={styles.muted}>Ở: {placeOf(finding)}</Caption1>
          {item.setBy && <Caption1 className={styles.muted}>Yêu cầu theo: {item.setBy}</Caption1>}
          {rule && (
            <Caption1 className={styles.muted}>
              Căn cứ:{" "}
              <Link as="button" inline aria-expanded={why} onClick={() => toggle(setWhy, !why)}>
                {rule.clause}
              </Link>
            </Caption1>
          )}
          {rule && why && <p className={styles.why}>{rule.explanation}</p>}
          <div className={styles.actions}>
            {status === "open" && change !== null && (
              <Button size="small" icon={<Wrench16Regular />} disabled={busy} onClick={() => onFix(item)}>
                {change === "wording" ? "Sửa như đề xuất" : "Sửa"}
              </Button>
            )}
            {status === "open" && (
              <Button
                size="small"
                appearance="subtle"
                icon={<EyeOff16Regular />}
                disabled={busy}
                onClick={() => onSetAside(item)}
              >
                Bỏ qua
              </Button>
            )}
            {status === "set-aside" && (
              <Button size="small" disabled={busy} onClick={() => onRestore(item)}>
                Hiện lại
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
});
