import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import { visibleWhitespace } from "./findings";
import type { Proposal, ProposalPiece } from "./proposal";

/** The one look of a comparison, wherever the pane shows one (a finding's details, the review of proposals). */
const useStyles = makeStyles({
  compare: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: {
    margin: 0,
    overflowWrap: "anywhere",
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: tokens.fontSizeBase300,
  },
  removed: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    textDecorationLine: "line-through",
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 1px",
  },
  added: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 1px",
  },
  space: { color: tokens.colorNeutralForeground4 },
});

/** Text with its white space visible: spaces as a faint `·`, tabs as `→`. */
export function Spaced({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {visibleWhitespace(text)
        .split(/([·→°])/u)
        .map((piece, i) =>
          /^[·→°]$/u.test(piece) ? (
            <span key={i} className={styles.space}>
              {piece}
            </span>
          ) : (
            piece
          ),
        )}
    </>
  );
}

/** One side of a proposed change; changed pieces marked (and their white space made visible). */
function Side({ pieces, kind }: { pieces: readonly ProposalPiece[]; kind: "removed" | "added" }) {
  const styles = useStyles();
  return (
    <>
      {pieces.map((p, i) =>
        p.changed ? (
          <span key={i} className={styles[kind]}>
            <Spaced text={p.text} />
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Rows of a comparison: a label (`Trước`, `Yêu cầu`…) and what it shows, the value in the plan's typeface. */
export function Comparison({ rows, label }: { rows: ReadonlyArray<readonly [string, ReactNode]>; label?: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.compare} aria-label={label}>
      {rows.map(([name, value]) => (
        <Fragment key={name}>
          <dt className={styles.label}>{name}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** A proposed change of wording: the line before and after, the words it changes struck out and added. */
export function ProposalComparison({ proposal, label }: { proposal: Proposal; label?: string }) {
  return (
    <Comparison
      label={label}
      rows={[
        ["Trước", <Side key="before" pieces={proposal.before} kind="removed" />],
        ["Sau", <Side key="after" pieces={proposal.after} kind="added" />],
      ]}
    />
  );
}
