import type { WordFeatures } from "./requirements";

/**
 * The plan's custom XML part (`urn:thidua:plan:1`, shared/spec/plan-schema.md § Custom XML part): one per plan. Word
 * ignores the custom XML parts of `insertOoxml` and of `Body.insertFileFromBase64`, so the pane writes the part itself —
 * through `context.document.customXmlParts` where Word has WordApi 1.4, else through the common API
 * `Office.context.document.customXmlParts` (CustomXmlParts 1.1, every Word since 2016).
 */

/** The namespace of the plan's part. */
export const PLAN_NAMESPACE = "urn:thidua:plan:1";

function asPromise<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message || "Word không ghi được phần dữ liệu của kế hoạch."));
    });
  });
}

/** The datastore item ids of the plan's parts now in the document (none, one, or — in a damaged plan — several). */
export async function planPartIds(features: WordFeatures): Promise<string[]> {
  if (features.customXmlParts) {
    return Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(PLAN_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      return parts.items.map((p) => p.id);
    });
  }
  const parts = await asPromise<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(PLAN_NAMESPACE, cb),
  );
  return parts.map((p) => p.id);
}

/**
 * Makes `xml` the plan's one part: the plan's parts already there are deleted, then it is added (with `xml` null, only
 * deleted). With WordApi 1.4 in one batch; else through the common API, one call after another.
 */
export async function writePlanPart(features: WordFeatures, xml: string | null): Promise<void> {
  if (features.customXmlParts) {
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(PLAN_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      for (const part of parts.items) part.delete();
      if (xml !== null) context.document.customXmlParts.add(xml);
      await context.sync();
    });
    return;
  }
  const existing = await asPromise<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(PLAN_NAMESPACE, cb),
  );
  for (const part of existing) await asPromise<void>((cb) => part.deleteAsync(cb));
  if (xml !== null)
    await asPromise<Office.CustomXmlPart>((cb) => Office.context.document.customXmlParts.addAsync(xml, cb));
}

/** Adds `xml` as the plan's part when the document has none (an inserted section must not bring a second one). */
export async function ensurePlanPart(features: WordFeatures, xml: string): Promise<void> {
  if ((await planPartIds(features)).length === 0) await writePlanPart(features, xml);
}
