import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { EntraSignIn } from "./settings";
import type { SignInMethod } from "./sign-in-method";

/** Makes the MSAL application; MSAL's factory by default, a stand-in in the unit tests. */
export type NestableFactory = (configuration: {
  auth: { clientId: string; authority: string };
}) => Promise<IPublicClientApplication>;

/**
 * Sign-in by nested app authentication (NAA): MSAL.js asks the Office host, which holds the user's Microsoft 365
 * session, for a token for the pane's client id — `acquireTokenSilent` first, `acquireTokenPopup` when that fails, as
 * Microsoft's NAA guidance for Office add-ins says. The pane's Entra registration needs the redirect URI
 * `brk-multihub://{the pane's domain}` (single-page application).
 */
export async function createNestedSignIn(
  settings: EntraSignIn,
  create: NestableFactory = createNestablePublicClientApplication,
): Promise<SignInMethod> {
  const msal = await create({ auth: { clientId: settings.clientId, authority: settings.authority } });
  const scopes = [...settings.scopes];
  return {
    kind: "nested",
    async acquireToken(interactive) {
      if (!interactive) {
        try {
          const account = msal.getActiveAccount() ?? undefined;
          const result = await msal.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
          msal.setActiveAccount(result.account);
          return result.accessToken;
        } catch {
          // Not silently: the host asks the user (its own UI, not a browser popup).
        }
      }
      const result = await msal.acquireTokenPopup({ scopes });
      msal.setActiveAccount(result.account);
      return result.accessToken;
    },
  };
}
