/**
 * What the pane keeps in the document itself — Office's document settings (`Office.context.document.settings`,
 * requirement set Settings 1.1), saved by Word in the .docx with the add-in, so they travel with the file: the findings
 * the officer set aside with *Bỏ qua*.
 */

/** A finding the officer judged acceptable: its rule and the paragraph's text, which outlive paragraph numbers. */
export interface SetAsideFinding {
  /** The rule id (`TEXT-SPELL`). */
  readonly rule: string;
  /** The finding's excerpt, normalised (NFC, spaces collapsed). */
  readonly text: string;
}

/** The settings key. */
const SET_ASIDE = "thidua.setAsideFindings";

function isSetAside(value: unknown): value is SetAsideFinding {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SetAsideFinding).rule === "string" &&
    typeof (value as SetAsideFinding).text === "string"
  );
}

/** The findings set aside in this document (none when the setting is missing or unreadable). */
export function readSetAside(): SetAsideFinding[] {
  const value: unknown = Office.context.document.settings.get(SET_ASIDE);
  return Array.isArray(value) ? value.filter(isSetAside) : [];
}

/** Saves the findings set aside into the document's settings. */
export async function saveSetAside(findings: readonly SetAsideFinding[]): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(
    SET_ASIDE,
    findings.map(({ rule, text }) => ({ rule, text })),
  );
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(result.error?.message || "Word không lưu được lựa chọn bỏ qua.")),
    ),
  );
}
