/**
 * The Office requirement sets the pane needs, the newer ones it uses where Word has them, and the check against the
 * running host. Which Word has which set (Microsoft's requirement-set tables): Word 2016 WordApi 1.1; Word 2019 and 2021
 * with a volume licence WordApi 1.3; Word 2024 WordApi 1.8; Microsoft 365 and Word on the web WordApi 1.9.
 *
 * Required (the manifest declares the same, manifest/manifest.template.xml): WordApi 1.3 — list labels
 * (`listItem.listString`), ranges of a paragraph and between paragraphs (`getRange`, `expandTo`), a new document from a
 * file (`application.createDocument`); CompressedFile 1.1 — `getFileAsync(Compressed)`, the .docx the service checks;
 * CustomXmlParts 1.1 — the plan's custom XML part through `Office.context.document.customXmlParts`; Settings 1.1 — the
 * findings the officer set aside, kept in the document (`Office.context.document.settings`).
 *
 * Detected ({@link WordFeatures}): WordApi 1.4 `document.customXmlParts` (the part written in the same batch as the
 * edit); `document.insertFileFromBase64` — WordApi 1.5, which copies the file's headers and footers — with its
 * `importCustomXmlParts` option, which WordApi 1.6 added: only both together put a whole plan, page numbers and data part
 * included, into the open document. Without them the pane takes the documented degraded path (addin/README.md § Word
 * versions): a new plan opens as a new document, tagging is done in place.
 */

/** One requirement set, as `Office.context.requirements.isSetSupported(name, version)` takes it. */
export interface RequirementSet {
  /** Set name, e.g. `WordApi`. */
  readonly name: string;
  /** Minimum version, e.g. `1.3`. */
  readonly version: string;
  /** What the pane does with it, in plain Vietnamese (shown when a Word lacks it). */
  readonly use: string;
}

/** Sets the pane cannot work without. */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "WordApi", version: "1.3", use: "đọc số thứ tự tự động của đề mục và chèn mục mới đúng chỗ con trỏ" },
  { name: "CompressedFile", version: "1.1", use: "gửi văn bản đi kiểm tra" },
  { name: "CustomXmlParts", version: "1.1", use: "lưu phần dữ liệu của kế hoạch trong văn bản" },
  { name: "Settings", version: "1.1", use: "ghi nhớ các lỗi đã bỏ qua trong văn bản" },
];

/** The newer parts of the Word API the pane uses where the host has them. */
export interface WordFeatures {
  /** WordApi 1.4: `context.document.customXmlParts` (else the common `Office.context.document.customXmlParts`). */
  readonly customXmlParts: boolean;
  /**
   * WordApi 1.6: `context.document.insertFileFromBase64` (1.5) with `importCustomXmlParts` (1.6) — a whole file into the
   * open document with its headers, footers, page setup and data part (else a new plan opens as a new document and
   * tagging is done in place).
   */
  readonly insertWholeFile: boolean;
}

/** The host's check, normally `Office.context.requirements.isSetSupported`. */
export type SetCheck = (name: string, version: string) => boolean;

/**
 * The sets of {@link REQUIRED_SETS} the host lacks.
 * @returns an empty array when everything is there.
 */
export function missingRequirements(isSupported: SetCheck): RequirementSet[] {
  return REQUIRED_SETS.filter((set) => !isSupported(set.name, set.version));
}

/** Which newer features the host has (each asked of `isSetSupported`, so the pane only calls what it was told is there). */
export function detectFeatures(isSupported: SetCheck): WordFeatures {
  return {
    customXmlParts: isSupported("WordApi", "1.4"),
    insertWholeFile: isSupported("WordApi", "1.6"),
  };
}

/**
 * The Vietnamese message shown when Word is too old (Word 2016: WordApi 1.1), naming in plain words what it cannot do
 * and what to use instead.
 */
export function unsupportedHostMessage(missing: readonly RequirementSet[]): string {
  const uses = missing.map((s) => s.use);
  const what = uses.length > 1 ? `${uses.slice(0, -1).join(", ")} và ${uses.at(-1)}` : (uses[0] ?? "");
  return (
    `Phiên bản Word này (Word 2016 trở về trước) chưa cho phép ngăn Kế hoạch thi đua ${what}. ` +
    "Hãy mở văn bản bằng Word 2021 trở lên, Word cho Microsoft 365 hoặc Word trên web (office.com)."
  );
}
