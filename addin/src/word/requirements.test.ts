import { describe, expect, it } from "vitest";
import { detectFeatures, missingRequirements, REQUIRED_SETS, unsupportedHostMessage } from "./requirements";

/** The sets of a Word version, as isSetSupported answers. */
const word = (wordApi: string) => (name: string, version: string) =>
  name === "WordApi"
    ? Number(version) <= Number(wordApi)
    : ["CompressedFile", "CustomXmlParts", "Settings"].includes(name);

describe("requirement sets", () => {
  it("needs WordApi 1.3 and the common sets the manifest declares, nothing newer", () => {
    expect(REQUIRED_SETS.map((s) => `${s.name} ${s.version}`)).toEqual([
      "WordApi 1.3",
      "CompressedFile 1.1",
      "CustomXmlParts 1.1",
      "Settings 1.1",
    ]);
    expect(missingRequirements(word("1.3"))).toEqual([]);
  });

  it("tells a Word 2016 (WordApi 1.1) user in plain Vietnamese what it lacks and what to use", () => {
    const missing = missingRequirements(word("1.1"));
    expect(missing.map((s) => s.name)).toEqual(["WordApi"]);
    const message = unsupportedHostMessage(missing);
    expect(message).toMatch(
      /^Phiên bản Word này \(Word 2016 trở về trước\) chưa cho phép ngăn Kế hoạch thi đua đọc số thứ tự tự động/u,
    );
    expect(message).toContain("Word 2021 trở lên, Word cho Microsoft 365 hoặc Word trên web");
    expect(message).not.toMatch(/WordApi|\d\.\d/u);
    expect(message).toBe(message.normalize("NFC"));
  });

  it("detects the newer features: WordApi 1.4 custom XML parts, 1.6 whole-file insertion with the data part", () => {
    expect(detectFeatures(word("1.3"))).toEqual({ customXmlParts: false, insertWholeFile: false });
    expect(detectFeatures(word("1.5"))).toEqual({ customXmlParts: true, insertWholeFile: false });
    expect(detectFeatures(word("1.8"))).toEqual({ customXmlParts: true, insertWholeFile: true });
  });
});
