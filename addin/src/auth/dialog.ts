// The sign-in dialog's page (auth-dialog.html), opened by the pane with Office.context.ui.displayDialogAsync where the
// host has no nested app authentication: MSAL's redirect flow to Entra ID and back to this page, then the token goes to
// the pane with Office.context.ui.messageParent.
import { AuthError, createStandardPublicClientApplication } from "@azure/msal-browser";
import { createServiceClient } from "../api/service";
import { formatDialogMessage, type DialogMessage } from "./dialog-message";
import { dialogConfiguration } from "./msal-configuration";
import { loadSignInSettings } from "./settings";

function send(message: DialogMessage) {
  Office.context.ui.messageParent(formatDialogMessage(message));
}

function failure(error: unknown): DialogMessage {
  if (error instanceof AuthError)
    return { status: "error", errorCode: error.errorCode, errorMessage: error.errorMessage };
  return {
    status: "error",
    errorCode: "dialog_failed",
    errorMessage: error instanceof Error ? error.message : String(error),
  };
}

async function run() {
  await Office.onReady();
  try {
    const settings = await loadSignInSettings(createServiceClient());
    if (settings.localDevelopment) {
      send({ status: "error", errorCode: "local_development", errorMessage: "Dịch vụ chạy không cần đăng nhập." });
      return;
    }
    const msal = await createStandardPublicClientApplication(dialogConfiguration(settings, window.location.origin));
    const result = await msal.handleRedirectPromise();
    if (result) {
      msal.setActiveAccount(result.account);
      send({ status: "success", accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? null });
      return;
    }
    // First visit: to Entra ID, which comes back here with the answer.
    await msal.acquireTokenRedirect({ scopes: [...settings.scopes], prompt: "select_account" });
  } catch (error) {
    send(failure(error));
  }
}

void run();
