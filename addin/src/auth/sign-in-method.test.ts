import { describe, expect, it } from "vitest";
import { chooseSignInKind, type OfficeSignInHost } from "./sign-in-method";

function host(sets: Record<string, string>, dialog: boolean): OfficeSignInHost {
  return {
    context: {
      requirements: {
        isSetSupported: (name, version) => name in sets && Number(sets[name]) >= Number(version ?? "1.1"),
      },
      ui: dialog ? { displayDialogAsync: () => undefined } : {},
    },
  };
}

describe("chooseSignInKind", () => {
  it("takes nested app authentication where Office supports NestedAppAuth 1.1", () => {
    expect(chooseSignInKind(host({ NestedAppAuth: "1.1", DialogApi: "1.2" }, true))).toBe("nested");
  });

  it("falls back to the Office dialog where the host lacks nested app authentication", () => {
    expect(chooseSignInKind(host({ DialogApi: "1.2" }, true))).toBe("dialog");
    expect(chooseSignInKind(host({ NestedAppAuth: "1.0" }, true))).toBe("dialog");
  });

  it("has nothing outside Office", () => {
    expect(chooseSignInKind(undefined)).toBeNull();
    expect(chooseSignInKind(host({}, false))).toBeNull();
  });
});
