import type { Finding } from "../api/client";
import { normalizeText } from "../word/paragraph-locator";

/** A piece of a before/after line: unchanged text, or the text the proposal changes. */
export interface ProposalPiece {
  readonly text: string;
  readonly changed: boolean;
}

/** A proposed change of wording, as the officer reviews it: the line before and after, the changed words marked. */
export interface Proposal {
  readonly before: readonly ProposalPiece[];
  readonly after: readonly ProposalPiece[];
}

/** Context kept on each side of a change, in characters. */
const CONTEXT = 28;

function around(text: string, at: number, length: number): { head: string; tail: string } {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + length + CONTEXT);
  return {
    head: (start > 0 ? "…" : "") + text.slice(start, at),
    tail: text.slice(at + length, end) + (end < text.length ? "…" : ""),
  };
}

/**
 * Where two texts differ: the common beginning, the part only in the first, the part only in the second, the common end
 * (whole letters: a letter and its tone marks stay together, the texts compared in NFC).
 */
export function difference(before: string, after: string): [string, string, string, string] {
  const a = Array.from(before.normalize("NFC"));
  const b = Array.from(after.normalize("NFC"));
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [
    a.slice(0, start).join(""),
    a.slice(start, a.length - end).join(""),
    b.slice(start, b.length - end).join(""),
    a.slice(a.length - end).join(""),
  ];
}

/**
 * The before/after of a finding's text replacements, each shown in the words around it from the finding's excerpt
 * (or alone when the excerpt does not reach it); several replacements are separated by ` · `.
 */
export function proposalOf(finding: Finding): Proposal {
  const excerpt = normalizeText(finding.text).replace(/(?:…|\.\.\.)$/u, "");
  const before: ProposalPiece[] = [];
  const after: ProposalPiece[] = [];
  for (const { find, replaceWith } of finding.fix?.replace ?? []) {
    if (find === replaceWith) continue;
    if (before.length > 0) {
      before.push({ text: " · ", changed: false });
      after.push({ text: " · ", changed: false });
    }
    const at = excerpt.indexOf(normalizeText(find));
    if (at < 0 || normalizeText(find) !== find) {
      before.push({ text: find, changed: true });
      after.push({ text: replaceWith, changed: true });
      continue;
    }
    const { head, tail } = around(excerpt, at, find.length);
    const [same, removed, added, sameAfter] = difference(find, replaceWith);
    before.push(
      { text: head + same, changed: false },
      { text: removed, changed: true },
      { text: sameAfter + tail, changed: false },
    );
    after.push(
      { text: head + same, changed: false },
      { text: added, changed: true },
      { text: sameAfter + tail, changed: false },
    );
  }
  const drop = (pieces: ProposalPiece[]) => pieces.filter((p) => p.text.length > 0);
  return { before: drop(before), after: drop(after) };
}
