import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { RuleDescription } from "../api/client";
import { FindingCard } from "./FindingCard";
import type { ReviewItem } from "./findings";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  toggle: { alignSelf: "flex-start" },
});

const ignore = () => undefined;

/**
 * The findings set aside (*Bỏ qua*), kept in the document and left out of the list and the counts: closed under one
 * line, each can be shown again (*Hiện lại*).
 */
export function SetAsideList({
  items,
  rules,
  busy,
  onRestore,
  onSelect,
}: {
  readonly items: readonly ReviewItem[];
  readonly rules: ReadonlyMap<string, RuleDescription>;
  readonly busy: boolean;
  onRestore(item: ReviewItem): void;
  onSelect(item: ReviewItem): void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Lỗi đã bỏ qua">
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Đã bỏ qua {items.length} lỗi (không tính vào kết quả)
      </Button>
      {open && (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.key}>
              <FindingCard
                item={item}
                rule={rules.get(item.finding.rule)}
                withTitle
                busy={busy}
                onSelect={onSelect}
                onFix={ignore}
                onSetAside={ignore}
                onRestore={onRestore}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
