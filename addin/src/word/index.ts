import { readDocumentFile, type ReadProgress } from "./document-file";
import { applyFixes, type FixOutcome, type FixTarget } from "./formatting";
import { insertOoxmlAtCursor, readCursorContext, type CursorContext } from "./insertion";
import { selectFinding, type FindingLocation, type SelectionResult } from "./navigation";
import { connectToWord, type HostConnection } from "./office-host";
import { isDocumentEmpty, replaceDocument } from "./replacement";

export type { CursorContext, FindingLocation, FixOutcome, FixTarget, HostConnection, ReadProgress, SelectionResult };

/**
 * Everything the pane asks of Word. The functions of this folder are the only code that calls Office.js; the tabs get
 * this interface (see {@link officeWord}) and never touch `Word` or `Office` themselves.
 */
export interface WordHost {
  /** Waits for Office and checks the host (Word, requirement sets). */
  connect(): Promise<HostConnection>;
  /** The open document as .docx bytes. */
  readDocument(onProgress?: ReadProgress): Promise<Uint8Array>;
  /** Selects the paragraph a finding names. */
  select(location: FindingLocation): Promise<SelectionResult>;
  /** Applies fixes in place (undoable). */
  applyFixes(targets: readonly FixTarget[]): Promise<FixOutcome[]>;
  /** The paragraphs above the cursor. */
  cursorContext(): Promise<CursorContext>;
  /** Inserts OOXML at the cursor. */
  insertOoxml(ooxml: string): Promise<void>;
  /** True when the document has no text. */
  isEmpty(): Promise<boolean>;
  /** Replaces the whole document with the given .docx. */
  replaceDocument(docx: Uint8Array): Promise<void>;
}

/** The {@link WordHost} backed by Office.js. */
export const officeWord: WordHost = {
  connect: connectToWord,
  readDocument: readDocumentFile,
  select: selectFinding,
  applyFixes,
  cursorContext: readCursorContext,
  insertOoxml: insertOoxmlAtCursor,
  isEmpty: isDocumentEmpty,
  replaceDocument,
};
