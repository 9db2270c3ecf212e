import { Caption1, CounterBadge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ChevronDown16Regular,
  ChevronRight16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { RuleDescription, Severity } from "../api/client";
import { FindingCard } from "./FindingCard";
import type { PartGroup, ReviewItem, RuleGroup } from "./findings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", position: "relative" },
  row: { listStyleType: "none", paddingBottom: tokens.spacingVerticalXS },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%" },
  part: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
  },
  badges: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalXS },
  group: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  groupTitle: {
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  count: { marginLeft: "auto", flexShrink: 0, color: tokens.colorNeutralForeground2 },
  inGroup: { paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorPaletteBlueForeground2, flexShrink: 0 },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

/** A group of more findings than this starts closed: one line says how many. */
const OPEN_UP_TO = 3;
/** Lists longer than this are virtualised: only the rows near the screen are in the page. */
const VIRTUAL_FROM = 60;

type Row =
  | { readonly kind: "part"; readonly key: string; readonly group: PartGroup }
  | { readonly kind: "rule"; readonly key: string; readonly group: RuleGroup; readonly open: boolean }
  | { readonly kind: "finding"; readonly key: string; readonly item: ReviewItem; readonly withTitle: boolean };

/** Props of {@link ReviewList}. */
export interface ReviewListProps {
  readonly groups: readonly PartGroup[];
  readonly rules: ReadonlyMap<string, RuleDescription>;
  readonly busy: boolean;
  onSelect(item: ReviewItem): void;
  onFix(item: ReviewItem): void;
  onSetAside(item: ReviewItem): void;
  onRestore(item: ReviewItem): void;
}

/**
 * The findings by plan part, and within a part by rule: a rule with more than {@link OPEN_UP_TO} findings is one line
 * (*Chính tả — 98*) until opened. A long list is virtualised with TanStack Virtual over the pane's own scrolling: rows
 * are measured as they render, so cards opened to their details keep their place.
 */
export function ReviewList({ groups, rules, busy, onSelect, onFix, onSetAside, onRestore }: ReviewListProps) {
  const styles = useStyles();
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const group of groups) {
      out.push({ kind: "part", key: `part|${group.part}`, group });
      for (const rule of group.rules) {
        if (rule.items.length === 1) {
          out.push({ kind: "finding", key: rule.items[0]!.key, item: rule.items[0]!, withTitle: true });
          continue;
        }
        const open = rule.items.length <= OPEN_UP_TO !== toggled.has(rule.key);
        out.push({ kind: "rule", key: rule.key, group: rule, open });
        if (open) for (const item of rule.items) out.push({ kind: "finding", key: item.key, item, withTitle: false });
      }
    }
    return out;
  }, [groups, toggled]);

  const toggle = useCallback(
    (key: string) =>
      setToggled((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // Measured after every render on purpose: the list's top moves with whatever renders above it; setOffset only
  // changes state when it moved, so this settles in one pass.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });
  const virtual = rows.length > VIRTUAL_FROM;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: (i) => (rows[i]?.kind === "part" ? 40 : 36),
    overscan: 10,
    scrollMargin: offset,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const remeasure = useCallback(() => virtualizer.measure(), [virtualizer]);

  const render = (row: Row): ReactNode => {
    switch (row.kind) {
      case "part":
        return (
          <h3 className={styles.part}>
            {row.group.title}
            <span className={styles.badges}>
              {row.group.counts.error > 0 && (
                <CounterBadge
                  count={row.group.counts.error}
                  color="danger"
                  size="small"
                  aria-label={`${row.group.counts.error} lỗi`}
                />
              )}
              {row.group.counts.warning > 0 && (
                <CounterBadge
                  count={row.group.counts.warning}
                  color="important"
                  appearance="ghost"
                  size="small"
                  aria-label={`${row.group.counts.warning} cảnh báo`}
                />
              )}
              {row.group.counts.info > 0 && (
                <CounterBadge
                  count={row.group.counts.info}
                  color="informative"
                  size="small"
                  aria-label={`${row.group.counts.info} lưu ý`}
                />
              )}
            </span>
          </h3>
        );
      case "rule": {
        const Icon = ICONS[row.group.severity];
        const total = row.group.items.length;
        return (
          <button
            type="button"
            className={styles.group}
            aria-expanded={row.open}
            onClick={() => toggle(row.key)}
            data-rule-group={row.group.rule}
          >
            {row.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            <Icon className={styles[row.group.severity]} aria-hidden />
            <span className={styles.groupTitle}>{row.group.title}</span>
            <Caption1 className={styles.count}>
              {row.group.open === total ? `${total} chỗ` : `còn ${row.group.open}/${total} chỗ`}
            </Caption1>
          </button>
        );
      }
      case "finding":
        return (
          <div className={mergeClasses(!row.withTitle && styles.inGroup)}>
            <FindingCard
              item={row.item}
              rule={rules.get(row.item.finding.rule)}
              withTitle={row.withTitle}
              busy={busy}
              onSelect={onSelect}
              onFix={onFix}
              onSetAside={onSetAside}
              onRestore={onRestore}
              onResize={virtual ? remeasure : undefined}
            />
          </div>
        );
    }
  };

  if (!virtual) {
    return (
      <ul className={styles.list} ref={listRef} aria-label="Các lỗi tìm thấy">
        {rows.map((row) => (
          <li key={row.key} className={styles.row}>
            {render(row)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul
      className={styles.list}
      ref={listRef}
      aria-label="Các lỗi tìm thấy"
      style={{ height: virtualizer.getTotalSize() }}
      data-virtual=""
    >
      {virtualizer.getVirtualItems().map((v) => (
        <li
          key={v.key}
          data-index={v.index}
          ref={virtualizer.measureElement}
          className={mergeClasses(styles.row, styles.virtualRow)}
          style={{ transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
        >
          {render(rows[v.index]!)}
        </li>
      ))}
    </ul>
  );
}
