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
 * Replaces the whole body with a .docx the service produced (a new plan, a tagged or service-fixed copy) through
 * `body.insertFileFromBase64(…, "Replace")` (WordApi 1.1), one undoable step. One `sync`.
 */
export async function replaceDocument(docx: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.document.body.insertFileFromBase64(toBase64(docx), "Replace");
    await context.sync();
  });
}
