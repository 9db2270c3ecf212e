import { BrowserCacheLocation, type Configuration } from "@azure/msal-browser";
import type { EntraSignIn } from "./settings";

/** The path of the sign-in dialog page, served by the service beside taskpane.html; also its redirect URI. */
export const DIALOG_PATH = "/auth-dialog.html";

/**
 * The MSAL configuration of the dialog fallback, the same in the pane and in the dialog page so both read one token
 * cache (localStorage of the pane's origin): the dialog page is the redirect URI, which the pane's Entra registration
 * lists as a single-page-application redirect URI (`https://{domain}/auth-dialog.html`).
 */
export function dialogConfiguration(settings: EntraSignIn, origin: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: [new URL(settings.authority).host],
      redirectUri: `${origin}${DIALOG_PATH}`,
    },
    cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
  };
}
