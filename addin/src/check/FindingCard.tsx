import { Button, Caption1, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Info20Filled, Warning20Filled, Wrench20Regular } from "@fluentui/react-icons";
import type { Finding, Severity } from "../api/client";
import { canApplyInPlace } from "../word/fix-operations";
import { SEVERITY_LABELS } from "./findings";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    marginBottom: tokens.spacingVerticalS,
    overflow: "hidden",
  },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
  fixed: { opacity: 0.75, borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  main: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, marginBottom: "2px" },
  icon: { flexShrink: 0 },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoIcon: { color: tokens.colorPaletteBlueForeground2 },
  fixedIcon: { color: tokens.colorPaletteGreenForeground1 },
  rule: { marginLeft: "auto", color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  message: { display: "block", fontWeight: tokens.fontWeightSemibold },
  excerpt: {
    display: "block",
    marginTop: "2px",
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
  detail: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  fixText: { color: tokens.colorNeutralForeground3, minWidth: 0 },
});

const ICONS: Record<Severity, typeof ErrorCircle20Filled> = {
  error: ErrorCircle20Filled,
  warning: Warning20Filled,
  info: Info20Filled,
};

/** Props of {@link FindingCard}. */
export interface FindingCardProps {
  readonly finding: Finding;
  /** True once its fix was applied in Word since the last check. */
  readonly fixed: boolean;
  readonly busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
}

/**
 * One finding: severity, message, the excerpt, what was found and what is expected. Activating the card selects the
 * paragraph in Word; *Sửa* applies the fix in place when there is one.
 */
export function FindingCard({ finding, fixed, busy, onSelect, onFix }: FindingCardProps) {
  const styles = useStyles();
  const Icon = fixed ? CheckmarkCircle20Filled : ICONS[finding.severity];
  const iconClass = fixed ? styles.fixedIcon : styles[`${finding.severity}Icon`];
  const fixable = canApplyInPlace(finding.fix) && finding.evaluated !== false;
  const locatable = finding.paragraph >= 0 || Boolean(finding.tag);
  const severity = SEVERITY_LABELS[finding.severity];
  const fixId = useId("fix");
  return (
    <li className={mergeClasses(styles.card, fixed ? styles.fixed : styles[finding.severity])} data-rule={finding.rule}>
      <button
        type="button"
        className={styles.main}
        onClick={() => onSelect(finding)}
        disabled={!locatable}
        title={locatable ? "Chọn đoạn này trong văn bản" : undefined}
      >
        <span className={styles.head}>
          <Icon className={mergeClasses(styles.icon, iconClass)} aria-hidden />
          <Caption1>{fixed ? "Đã sửa" : severity}</Caption1>
          <Caption1 className={styles.rule}>{finding.rule}</Caption1>
        </span>
        <Text className={styles.message} size={300}>
          {finding.message}
        </Text>
        {finding.text && finding.text !== "(thiếu)" && <Caption1 className={styles.excerpt}>“{finding.text}”</Caption1>}
        {finding.observed && <Caption1 className={styles.detail}>Hiện tại: {finding.observed}</Caption1>}
        {finding.expected && <Caption1 className={styles.detail}>Yêu cầu: {finding.expected}</Caption1>}
      </button>
      {fixable && !fixed && (
        <div className={styles.actions}>
          <Button
            size="small"
            icon={<Wrench20Regular />}
            disabled={busy}
            onClick={() => onFix(finding)}
            aria-describedby={fixId}
          >
            Sửa
          </Button>
          <Caption1 id={fixId} className={styles.fixText}>
            {finding.fix?.description}
          </Caption1>
        </div>
      )}
    </li>
  );
}
