import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { createServiceClient } from "../api/service";
import { createRedirectSignIn, type PublicClientFactory } from "../auth/redirect";
import { AuthSession } from "../auth/session";
import { loadSignInSettings } from "../auth/settings";

declare global {
  interface Window {
    /**
     * Set only by the browser test (Playwright's `addInitScript`) before the page loads: a stand-in for MSAL's factory,
     * because the test's identity provider is plain http on loopback, which MSAL refuses as an authority.
     */
    __thiduaTestMsal?: PublicClientFactory;
  }
}

/**
 * The dashboard's address and MSAL redirect URI, which the Entra registration lists as a single-page-application
 * redirect URI (`https://{host}/dashboard`); the service forwards it, with its query, to dashboard.html.
 */
export const DASHBOARD_PATH = "/dashboard";

/**
 * The dashboard's sign-in: the pane's {@link AuthSession} (settings from `GET /api/pane/config`, the bearer token on
 * every call) with MSAL's redirect flow in this window, coming back to `{origin}/dashboard`. A 401 is not retried
 * interactively — that would leave the page — but shows *Đăng nhập*.
 */
export function createDashboardSession(origin: string): AuthSession {
  const redirectUri = `${origin}${DASHBOARD_PATH}`;
  const create = window.__thiduaTestMsal ?? createStandardPublicClientApplication;
  return new AuthSession({
    settings: () => loadSignInSettings(createServiceClient()),
    method: (settings) => createRedirectSignIn(settings, redirectUri, create),
    fetch: (input, init) => globalThis.fetch(input, init),
    retryInteractively: false,
  });
}
