import { writePlanPart } from "./plan-part";
import type { WordFeatures } from "./requirements";

/** Base64 of bytes, in chunks so large documents do not overflow the argument list of `String.fromCharCode`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** True when the document body shows no text (one `sync`). */
export async function isDocumentEmpty(): Promise<boolean> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text.trim().length === 0;
  });
}

/**
 * What `Document.insertFileFromBase64` imports besides the body, headers and footers (which it copies by default):
 * styles, theme, spacing, page colour and change tracking (WordApi 1.5), custom document properties and the custom XML
 * parts — the plan's data — (WordApi 1.6).
 */
const WHOLE_FILE: Word.InsertFileOptions = {
  importStyles: true,
  importTheme: true,
  importParagraphSpacing: true,
  importPageColor: true,
  importChangeTrackingMode: true,
  importCustomProperties: true,
  importCustomXmlParts: true,
};

/** Where a new plan went: into the open (empty) document, or into a new Word document of its own. */
export type NewPlanPlace = "this-document" | "new-document";

/**
 * Puts a new plan (.docx from `POST /api/plans/new`) before the officer whole — page setup, page numbers in the header,
 * the tagged parts and the plan's custom XML part:
 * - where Word has WordApi 1.6, into the open document (`Document.insertFileFromBase64(…, "Replace", …)`, headers and
 *   footers copied, custom XML imported); the caller makes sure the document is empty;
 * - else (Word 2019 and 2021 with a volume licence: WordApi 1.3) as a new document opened in its own window
 *   (`application.createDocument(file).open()`), since `Body.insertFileFromBase64` would drop the header with the page
 *   numbers, the page setup and the custom XML part.
 */
export async function putNewPlan(features: WordFeatures, docx: Uint8Array): Promise<NewPlanPlace> {
  const file = toBase64(docx);
  if (features.insertWholeFile) {
    await Word.run(async (context) => {
      context.document.insertFileFromBase64(file, "Replace", WHOLE_FILE);
      await context.sync();
    });
    return "this-document";
  }
  await Word.run(async (context) => {
    context.application.createDocument(file).open();
    await context.sync();
  });
  return "new-document";
}

/**
 * Replaces the open document by its tagged copy (`POST /api/plans/tag`) where Word has WordApi 1.6: the plan's old
 * custom XML part is deleted first, and the copy's part imported with it, so the plan keeps one part. One undoable step.
 */
export async function replaceWithTaggedCopy(features: WordFeatures, docx: Uint8Array): Promise<void> {
  if (!features.insertWholeFile)
    throw new RangeError("Word này không thay được cả văn bản mà giữ đầu trang, chân trang.");
  await writePlanPart(features, null);
  await Word.run(async (context) => {
    context.document.insertFileFromBase64(toBase64(docx), "Replace", WHOLE_FILE);
    await context.sync();
  });
}
