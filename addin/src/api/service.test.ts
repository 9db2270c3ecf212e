import { describe, expect, it } from "vitest";
import { createServiceClient, docxFile } from "./service";

/** A fetch that records the form it was sent and answers 200 with an empty JSON object. */
function recordingFetch() {
  const sent: { url: string; form: FormData }[] = [];
  const fetch = async (url: RequestInfo, init?: RequestInit) => {
    sent.push({ url: String(url), form: init?.body as FormData });
    return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
  };
  return { sent, fetch };
}

describe("the generated client's plan forms", () => {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

  it("sends a check with the file alone: the profile and the unit are optional fields, left out when not given", async () => {
    const { sent, fetch } = recordingFetch();
    await createServiceClient({ fetch }).checkPlan(docxFile(bytes));
    const [only, ...more] = sent;
    expect(more).toEqual([]);
    expect(only?.url).toBe("/api/plans/check");
    expect([...(only?.form.keys() ?? [])]).toEqual(["file"]);
  });

  it("sends a fix with the file alone, and the rules, profile and unit only when given", async () => {
    const { sent, fetch } = recordingFetch();
    const client = createServiceClient({ fetch });
    await client.fixPlan(docxFile(bytes));
    await client.fixPlan(docxFile(bytes), "BODY-FONT", "tinh-mau", 7);
    const [bare, full] = sent;
    expect([...(bare?.form.keys() ?? [])]).toEqual(["file"]);
    expect(Object.fromEntries([...(full?.form.entries() ?? [])].filter(([k]) => k !== "file"))).toEqual({
      rules: "BODY-FONT",
      profile: "tinh-mau",
      unitId: "7",
    });
  });
});
