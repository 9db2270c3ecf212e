import { describe, expect, it } from "vitest";
import type { Finding } from "../api/client";
import { difference, proposalOf } from "./proposal";

const finding = (text: string, replace: { find: string; replaceWith: string }[]): Finding => ({
  rule: "TEXT-SPELL",
  severity: "warning",
  part: "body",
  paragraph: 4,
  text,
  message: "",
  expected: "",
  observed: "",
  fix: { description: "Sửa chính tả", paragraph: 4, replace },
});

const joined = (pieces: readonly { text: string; changed: boolean }[]) =>
  pieces.map((p) => (p.changed ? `[${p.text}]` : p.text)).join("");

describe("difference", () => {
  it("keeps what both texts share and marks only the letters that change", () => {
    expect(difference("khen thuởng", "khen thưởng")).toEqual(["khen th", "u", "ư", "ởng"]);
    expect(difference("Đảng đảng", "Đảng")).toEqual(["Đảng", " đảng", "", ""]);
  });
});

describe("proposalOf", () => {
  it("shows the change in the words around it, before and after", () => {
    const p = proposalOf(finding("Căn cứ Luât Thi đua năm 2022;", [{ find: "Luât", replaceWith: "Luật" }]));
    expect(joined(p.before)).toBe("Căn cứ Lu[â]t Thi đua năm 2022;");
    expect(joined(p.after)).toBe("Căn cứ Lu[ậ]t Thi đua năm 2022;");
  });

  it("shows the change alone when the excerpt does not reach it, and several changes side by side", () => {
    const p = proposalOf(
      finding("Đảng ủy xã…", [
        { find: "Đảng đảng", replaceWith: "Đảng" },
        { find: "vủa", replaceWith: "của" },
      ]),
    );
    expect(joined(p.before)).toBe("[Đảng đảng] · [vủa]");
    expect(joined(p.after)).toBe("[Đảng] · [của]");
  });
});
