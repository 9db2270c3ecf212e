import { BrowserCacheLocation, type Configuration } from "@azure/msal-browser";
import type { EntraSignIn } from "./settings";

/** The path of the sign-in dialog page, served by the service beside taskpane.html; also its redirect URI. */
export const DIALOG_PATH = "/auth-dialog.html";

/**
 * The MSAL configuration of a page that signs in with MSAL's redirect flow in a browser window: the service's client
 * id and authority, `redirectUri` (an absolute URL the Entra registration lists as a single-page-application redirect
 * URI), and the token cache in localStorage of the page's origin, so every page of the origin reads one cache.
 */
export function redirectConfiguration(settings: EntraSignIn, redirectUri: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: [new URL(settings.authority).host],
      redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.LocalStorage },
  };
}

/**
 * The MSAL configuration of the dialog fallback, the same in the pane and in the dialog page so both read one token
 * cache (localStorage of the pane's origin): the dialog page is the redirect URI, which the pane's Entra registration
 * lists as a single-page-application redirect URI (`https://{domain}/auth-dialog.html`).
 */
export function dialogConfiguration(settings: EntraSignIn, origin: string): Configuration {
  return redirectConfiguration(settings, `${origin}${DIALOG_PATH}`);
}
