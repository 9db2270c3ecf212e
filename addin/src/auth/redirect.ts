import {
  createStandardPublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { redirectConfiguration } from "./msal-configuration";
import type { EntraSignIn } from "./settings";
import type { SignInMethod } from "./sign-in-method";

/** Makes the MSAL application (initialised); MSAL's `createStandardPublicClientApplication` by default. */
export type PublicClientFactory = (configuration: Configuration) => Promise<IPublicClientApplication>;

/** No account is signed in on this browser: named like MSAL's own error, so `describeSignInError` reads it. */
export class NoAccountError extends Error {
  readonly errorCode = "no_account_error";
  constructor() {
    super("Chưa có tài khoản nào đăng nhập trên trình duyệt này.");
    this.name = "NoAccountError";
  }
}

/**
 * Sign-in of a page opened in a normal browser (the district dashboard) with MSAL's redirect flow. On load the answer
 * of a finished redirect is read (`handleRedirectPromise`) and its account made active. Without interaction a token
 * comes from MSAL's cache (`acquireTokenSilent` for the active or only account; @throws {@link NoAccountError} when
 * nobody is signed in, or MSAL's `InteractionRequiredAuthError`). With interaction the window goes to Entra ID
 * (`loginRedirect` for the API's scopes) and comes back to `redirectUri` (MSAL then returns to the page that left, with
 * its query), which the registration must list as a
 * single-page-application redirect URI; the returned promise then never settles, as the page is left.
 */
export async function createRedirectSignIn(
  settings: EntraSignIn,
  redirectUri: string,
  create: PublicClientFactory = createStandardPublicClientApplication,
): Promise<SignInMethod> {
  const msal = await create(redirectConfiguration(settings, redirectUri));
  const scopes = [...settings.scopes];
  const returned = await msal.handleRedirectPromise();
  if (returned?.account) msal.setActiveAccount(returned.account);
  const account = () => msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  return {
    kind: "redirect",
    async acquireToken(interactive) {
      if (interactive) {
        await msal.loginRedirect({ scopes, prompt: "select_account" });
        return new Promise<string>(() => {});
      }
      const signedIn = account();
      if (!signedIn) throw new NoAccountError();
      const result = await msal.acquireTokenSilent({ scopes, account: signedIn });
      msal.setActiveAccount(result.account);
      return result.accessToken;
    },
    async signOut() {
      await msal.logoutRedirect({ account: account() ?? undefined, postLogoutRedirectUri: redirectUri });
    },
  };
}
