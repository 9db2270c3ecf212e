/**
 * What the sign-in dialog (auth-dialog.html) sends the pane with `Office.context.ui.messageParent`: the access token,
 * or an MSAL error code and message.
 */
export type DialogMessage =
  | { readonly status: "success"; readonly accessToken: string; readonly expiresOn: number | null }
  | { readonly status: "error"; readonly errorCode: string; readonly errorMessage: string };

/** The text a {@link DialogMessage} travels as. */
export function formatDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** Reads a dialog's message; anything that is not a {@link DialogMessage} becomes an error message `invalid_dialog_message`. */
export function parseDialogMessage(text: string): DialogMessage {
  const invalid: DialogMessage = {
    status: "error",
    errorCode: "invalid_dialog_message",
    errorMessage: "Cửa sổ đăng nhập trả lời không hợp lệ.",
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid;
  }
  if (typeof value !== "object" || value === null) return invalid;
  const m = value as Record<string, unknown>;
  if (m.status === "success" && typeof m.accessToken === "string" && m.accessToken.length > 0) {
    return {
      status: "success",
      accessToken: m.accessToken,
      expiresOn: typeof m.expiresOn === "number" ? m.expiresOn : null,
    };
  }
  if (m.status === "error" && typeof m.errorCode === "string") {
    return {
      status: "error",
      errorCode: m.errorCode,
      errorMessage: typeof m.errorMessage === "string" ? m.errorMessage : "",
    };
  }
  return invalid;
}
