import type { InPlaceTagging } from "../api/client";
import { readSetAside, saveSetAside, type SetAsideFinding } from "./document-settings";
import { readDocumentFile, type ReadOptions, type ReadProgress } from "./document-file";
import { applyFixes, type FixOutcome, type FixTarget } from "./formatting";
import { insertSection, readCursorContext, type CursorContext, type SectionToInsert } from "./insertion";
import { selectFinding, type FindingLocation, type SelectionResult } from "./navigation";
import { connectToWord, type HostConnection } from "./office-host";
import type { OfficeLook } from "./office-theme";
import { planPartIds } from "./plan-part";
import type { WordFeatures } from "./requirements";
import { tagInPlace, type InPlaceOutcome } from "./tagging";
import { isDocumentEmpty, putNewPlan, replaceWithTaggedCopy, type NewPlanPlace } from "./whole-document";

export { DocumentTooLargeError } from "./document-file";
export type {
  CursorContext,
  FindingLocation,
  FixOutcome,
  FixTarget,
  HostConnection,
  InPlaceOutcome,
  NewPlanPlace,
  OfficeLook,
  ReadOptions,
  ReadProgress,
  SectionToInsert,
  SelectionResult,
  SetAsideFinding,
  WordFeatures,
};

/**
 * Everything the pane asks of Word. The functions of this folder are the only code that calls Office.js; the tabs get
 * this interface (see {@link createOfficeWord}) and never touch `Word` or `Office` themselves.
 */
export interface WordHost {
  /** Waits for Office and checks the host (Word, requirement sets); detects the newer features. */
  connect(): Promise<HostConnection>;
  /** The newer Word features found by {@link connect} (none before it). */
  readonly features: WordFeatures;
  /** The open document as .docx bytes; refused early when over `maxBytes`. */
  readDocument(options?: ReadOptions): Promise<Uint8Array>;
  /** Selects the paragraph a finding names, from the index and excerpt kept from the check. */
  select(location: FindingLocation): Promise<SelectionResult>;
  /** Applies fixes in place (undoable), keeping each paragraph whole. */
  applyFixes(targets: readonly FixTarget[]): Promise<FixOutcome[]>;
  /** The paragraphs above the cursor. */
  cursorContext(): Promise<CursorContext>;
  /** The datastore item id of the plan's custom XML part, or null when the document has none. */
  planPartId(): Promise<string | null>;
  /** Inserts a rendered section at the cursor; the plan's data part is added when the document has none. */
  insertSection(section: SectionToInsert): Promise<void>;
  /** True when the document has no text. */
  isEmpty(): Promise<boolean>;
  /** Puts a new plan before the officer whole: into the open document, or as a new document. */
  putNewPlan(docx: Uint8Array): Promise<NewPlanPlace>;
  /** Replaces the document by its tagged copy (only where {@link WordFeatures.insertWholeFile}). */
  replaceWithTaggedCopy(docx: Uint8Array): Promise<void>;
  /** Tags the document in place from the service's control ranges, and writes the plan's data part. */
  tagInPlace(tagging: InPlaceTagging): Promise<InPlaceOutcome>;
  /** The findings the officer set aside in this document. */
  setAsideFindings(): SetAsideFinding[];
  /** Saves the findings set aside into the document. */
  saveSetAsideFindings(findings: readonly SetAsideFinding[]): Promise<void>;
}

const NONE: WordFeatures = { customXmlParts: false, insertWholeFile: false };

/** The {@link WordHost} backed by Office.js. */
export function createOfficeWord(): WordHost {
  let features = NONE;
  return {
    async connect() {
      const connection = await connectToWord();
      if (connection.ready) features = connection.features;
      return connection;
    },
    get features() {
      return features;
    },
    readDocument: readDocumentFile,
    select: selectFinding,
    applyFixes,
    cursorContext: readCursorContext,
    planPartId: async () => (await planPartIds(features))[0] ?? null,
    insertSection: (section) => insertSection(features, section),
    isEmpty: isDocumentEmpty,
    putNewPlan: (docx) => putNewPlan(features, docx),
    replaceWithTaggedCopy: (docx) => replaceWithTaggedCopy(features, docx),
    tagInPlace: (tagging) => tagInPlace(features, tagging),
    setAsideFindings: readSetAside,
    saveSetAsideFindings: saveSetAside,
  };
}
