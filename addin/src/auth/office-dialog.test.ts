import { describe, expect, it } from "vitest";
import { formatDialogMessage, parseDialogMessage } from "./dialog-message";
import { createDialogSignIn, dialogErrorCode, DialogSignInError } from "./office-dialog";

describe("the Office dialog sign-in", () => {
  it("uses MSAL's cache without interaction and opens the dialog page only when asked to", async () => {
    const opened: string[] = [];
    const method = createDialogSignIn("https://thidua.example", {
      silent: async () => "cached",
      open: async (url) => (
        opened.push(url),
        formatDialogMessage({ status: "success", accessToken: "from-dialog", expiresOn: 1 })
      ),
    });
    expect(await method.acquireToken(false)).toBe("cached");
    expect(opened).toEqual([]);
    expect(await method.acquireToken(true)).toBe("from-dialog");
    expect(opened).toEqual(["https://thidua.example/auth-dialog.html"]);
  });

  it("keeps the dialog's token for later calls until a minute before it expires", async () => {
    let clock = 0;
    let silentCalls = 0;
    const method = createDialogSignIn(
      "https://x",
      {
        silent: async () => (silentCalls++, "from-cache"),
        open: async () => formatDialogMessage({ status: "success", accessToken: "from-dialog", expiresOn: 3_600_000 }),
      },
      () => clock,
    );
    await method.acquireToken(true);
    clock = 3_500_000;
    expect(await method.acquireToken(false)).toBe("from-dialog");
    expect(silentCalls).toBe(0);
    clock = 3_550_000;
    expect(await method.acquireToken(false)).toBe("from-cache");
    expect(silentCalls).toBe(1);
  });

  it("turns the dialog page's error into an error with MSAL's code", async () => {
    const method = createDialogSignIn("https://x", {
      silent: () => Promise.reject(new Error("none")),
      open: async () =>
        formatDialogMessage({ status: "error", errorCode: "consent_required", errorMessage: "AADSTS65001" }),
    });
    const error = await method.acquireToken(true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DialogSignInError);
    expect((error as DialogSignInError).errorCode).toBe("consent_required");
  });

  it("maps Office's dialog codes: blocked or ignored, closed, other", () => {
    expect(dialogErrorCode(12011)).toBe("popup_window_error");
    expect(dialogErrorCode(12009)).toBe("popup_window_error");
    expect(dialogErrorCode(12006)).toBe("user_cancelled");
    expect(dialogErrorCode(12007)).toBe("office_dialog_12007");
  });

  it("reads only well-formed dialog messages", () => {
    expect(parseDialogMessage(formatDialogMessage({ status: "success", accessToken: "t", expiresOn: null }))).toEqual({
      status: "success",
      accessToken: "t",
      expiresOn: null,
    });
    expect(parseDialogMessage("not json")).toMatchObject({ status: "error", errorCode: "invalid_dialog_message" });
    expect(parseDialogMessage('{"status":"success","accessToken":""}')).toMatchObject({
      errorCode: "invalid_dialog_message",
    });
  });
});
