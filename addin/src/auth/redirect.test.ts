import type { AccountInfo, AuthenticationResult, Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { describeSignInError } from "./problems";
import { createRedirectSignIn } from "./redirect";

const settings = {
  localDevelopment: false,
  clientId: "pane-id",
  authority: "https://login.example/tenant",
  scopes: ["api://api-id/access_as_user"],
} as const;
const reviewer = { homeAccountId: "r.t", username: "reviewer@yendung.test" } as AccountInfo;
const REDIRECT = "https://thidua.example.vn/dashboard";

/** An MSAL application with the accounts of its cache, a redirect answer on load, and every call recorded. */
function fakeMsal(
  options: { accounts?: AccountInfo[]; returned?: AuthenticationResult | null; silent?: () => Promise<string> } = {},
) {
  const calls: string[] = [];
  let active: AccountInfo | null = null;
  let configuration: Configuration | null = null;
  const msal = {
    handleRedirectPromise: async () => options.returned ?? null,
    getActiveAccount: () => active,
    getAllAccounts: () => options.accounts ?? [],
    setActiveAccount: (a: AccountInfo | null) => void (active = a),
    acquireTokenSilent: async (request: { scopes: string[]; account: AccountInfo }) => {
      calls.push(`silent ${request.scopes.join(" ")} for ${request.account.username}`);
      return {
        accessToken: await (options.silent ?? (async () => "cached-token"))(),
        account: request.account,
      } as AuthenticationResult;
    },
    loginRedirect: async (request: { scopes: string[]; prompt?: string }) =>
      void calls.push(`login ${request.scopes.join(" ")} ${request.prompt}`),
    logoutRedirect: async (request: { account?: AccountInfo; postLogoutRedirectUri?: string }) =>
      void calls.push(`logout ${request.account?.username ?? "-"} to ${request.postLogoutRedirectUri}`),
  } as unknown as IPublicClientApplication;
  const create = async (c: Configuration) => {
    configuration = c;
    return msal;
  };
  return { create, calls, configuration: () => configuration, active: () => active };
}

describe("createRedirectSignIn", () => {
  it("configures MSAL with the service's client id and authority and the dashboard as redirect URI", async () => {
    const fake = fakeMsal();
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    expect(method.kind).toBe("redirect");
    expect(fake.configuration()?.auth).toMatchObject({
      clientId: "pane-id",
      authority: "https://login.example/tenant",
      redirectUri: REDIRECT,
      knownAuthorities: ["login.example"],
    });
    expect(fake.configuration()?.cache?.cacheLocation).toBe("localStorage");
  });

  it("makes the account of a finished redirect active and takes its token silently", async () => {
    const fake = fakeMsal({ returned: { accessToken: "from-redirect", account: reviewer } as AuthenticationResult });
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    expect(fake.active()).toBe(reviewer);
    await expect(method.acquireToken(false)).resolves.toBe("cached-token");
    expect(fake.calls).toEqual(["silent api://api-id/access_as_user for reviewer@yendung.test"]);
  });

  it("uses the cache's only account when none is active", async () => {
    const fake = fakeMsal({ accounts: [reviewer] });
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    await expect(method.acquireToken(false)).resolves.toBe("cached-token");
    expect(fake.active()).toBe(reviewer);
  });

  it("without a signed-in account fails silently as no-account, without leaving the page", async () => {
    const fake = fakeMsal();
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    const error = await method.acquireToken(false).catch((e: unknown) => e);
    expect(describeSignInError(error).kind).toBe("no-account");
    expect(fake.calls).toEqual([]);
  });

  it("signs in interactively by redirect for the API's scopes, and the promise does not settle", async () => {
    const fake = fakeMsal();
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    let settled = false;
    void method.acquireToken(true).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls).toEqual(["login api://api-id/access_as_user select_account"]);
    expect(settled).toBe(false);
  });

  it("signs out the account by redirect, back to the dashboard", async () => {
    const fake = fakeMsal({ accounts: [reviewer] });
    const method = await createRedirectSignIn(settings, REDIRECT, fake.create);
    await method.signOut?.();
    expect(fake.calls).toEqual([`logout reviewer@yendung.test to ${REDIRECT}`]);
  });
});
