import { describe, expect, it } from "vitest";
import { missingRequirements, unsupportedHostMessage } from "./requirements";

describe("requirement sets", () => {
  it("needs WordApi 1.5 and CompressedFile 1.1, never WordApi 1.9 or WordApiDesktop", () => {
    const asked: string[] = [];
    missingRequirements((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked).toEqual(["WordApi 1.5", "CompressedFile 1.1"]);
  });

  it("lists what an old Word lacks and says so in Vietnamese", () => {
    const office2019 = (name: string, version: string) => name !== "WordApi" || Number(version) <= 1.3;
    const missing = missingRequirements(office2019);
    expect(missing).toEqual([{ name: "WordApi", version: "1.5" }]);
    expect(unsupportedHostMessage(missing)).toMatch(/^Phiên bản Word này chưa hỗ trợ WordApi 1\.5\./u);
  });

  it("finds nothing missing on a current Word", () => {
    expect(missingRequirements(() => true)).toEqual([]);
  });
});
