import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { parseDialogMessage } from "./dialog-message";
import { DIALOG_PATH, dialogConfiguration } from "./msal-configuration";
import type { EntraSignIn } from "./settings";
import type { SignInMethod } from "./sign-in-method";

/** A failure of the Office dialog sign-in, named like MSAL's errors (`popup_window_error`, `user_cancelled`, …). */
export class DialogSignInError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = "DialogSignInError";
  }
}

/**
 * The Office dialog errors (Office.js `displayDialogAsync` and `DialogEventReceived`) as MSAL error codes:
 * 12009 the user ignored the dialog, 12011 the browser blocked it → `popup_window_error`; 12006 closed → `user_cancelled`.
 */
export function dialogErrorCode(officeCode: number): string {
  if (officeCode === 12009 || officeCode === 12011) return "popup_window_error";
  if (officeCode === 12006) return "user_cancelled";
  return `office_dialog_${officeCode}`;
}

/** The part of Office.js the dialog sign-in uses. */
export interface OfficeDialogHost {
  readonly context: { readonly ui: { displayDialogAsync: typeof Office.context.ui.displayDialogAsync } };
  readonly EventType: {
    readonly DialogMessageReceived: Office.EventType;
    readonly DialogEventReceived: Office.EventType;
  };
  readonly AsyncResultStatus: { readonly Succeeded: Office.AsyncResultStatus };
}

/**
 * Opens `url` in an Office dialog and @returns the first message the page sends with `messageParent`; the dialog is
 * then closed. @throws DialogSignInError when the dialog cannot open or the user closes it.
 */
export function openOfficeDialog(url: string, office: OfficeDialogHost): Promise<string> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== office.AsyncResultStatus.Succeeded) {
        const code = opened.error?.code ?? 0;
        reject(new DialogSignInError(dialogErrorCode(code), opened.error?.message ?? `Office dialog ${code}`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        resolve("message" in arg ? arg.message : "");
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        const code = "error" in arg ? arg.error : 0;
        reject(new DialogSignInError(dialogErrorCode(code), `Office dialog ${code}`));
      });
    });
  });
}

/** What the dialog sign-in is made of: a silent token from MSAL's cache, and opening the dialog page. */
export interface DialogSignInParts {
  /** A token from the cache the dialog filled (or its refresh token); rejects when there is none. */
  silent(): Promise<string>;
  /** Opens the dialog page at the URL and @returns its message. */
  open(url: string): Promise<string>;
}

/** The parts with MSAL (one cache with the dialog page) and Office.js. */
export function officeDialogParts(settings: EntraSignIn, origin: string, office: OfficeDialogHost): DialogSignInParts {
  const msal = createStandardPublicClientApplication(dialogConfiguration(settings, origin));
  return {
    async silent() {
      const pca = await msal;
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      if (!account) throw new DialogSignInError("no_account_error", "Chưa có tài khoản nào đăng nhập trong ngăn.");
      return (await pca.acquireTokenSilent({ scopes: [...settings.scopes], account })).accessToken;
    },
    open: (url) => openOfficeDialog(url, office),
  };
}

/**
 * Sign-in through the Office dialog API, for hosts without nested app authentication: the dialog page
 * (auth-dialog.html, src/auth/dialog.ts) runs MSAL's redirect flow and sends the token back. Without interaction the
 * dialog's last token (until a minute before its expiry, milliseconds since 1970 from `now`) or MSAL's cache is used,
 * since a dialog should open on the user's click.
 */
export function createDialogSignIn(
  origin: string,
  parts: DialogSignInParts,
  now: () => number = Date.now,
): SignInMethod {
  // The dialog's token, kept until a minute before it expires (the dialog's MSAL cache is another window's).
  let held: { token: string; expiresOn: number | null } | null = null;
  return {
    kind: "dialog",
    async acquireToken(interactive) {
      if (!interactive) {
        if (held && (held.expiresOn === null || held.expiresOn - 60_000 > now())) return held.token;
        held = null;
        return parts.silent();
      }
      const message = parseDialogMessage(await parts.open(`${origin}${DIALOG_PATH}`));
      if (message.status === "error") throw new DialogSignInError(message.errorCode, message.errorMessage);
      held = { token: message.accessToken, expiresOn: message.expiresOn };
      return message.accessToken;
    },
  };
}
