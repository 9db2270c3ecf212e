import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { createNestedSignIn } from "./nested";

const settings = {
  localDevelopment: false,
  clientId: "pane-id",
  authority: "https://login.example/tenant",
  scopes: ["api://api-id/access_as_user"],
} as const;
const account = { homeAccountId: "u.t", username: "officer@triyen.test" } as AccountInfo;

/** An MSAL application whose silent and popup calls are scripted and recorded. */
function fakeMsal(silent: () => Promise<string>, popup: () => Promise<string>) {
  const calls: string[] = [];
  let active: AccountInfo | null = null;
  const result = (accessToken: string) => ({ accessToken, account }) as AuthenticationResult;
  const msal = {
    getActiveAccount: () => active,
    setActiveAccount: (a: AccountInfo | null) => void (active = a),
    acquireTokenSilent: async (request: { scopes: string[]; account?: AccountInfo }) => {
      calls.push(`silent ${request.scopes.join(" ")}${request.account ? " with account" : ""}`);
      return result(await silent());
    },
    acquireTokenPopup: async (request: { scopes: string[] }) => {
      calls.push(`popup ${request.scopes.join(" ")}`);
      return result(await popup());
    },
  } as unknown as IPublicClientApplication;
  return { msal, calls };
}

describe("createNestedSignIn", () => {
  it("passes the service's client id and authority to MSAL", async () => {
    let seen: unknown;
    const { msal } = fakeMsal(
      async () => "t",
      async () => "t",
    );
    await createNestedSignIn(settings, async (configuration) => ((seen = configuration), msal));
    expect(seen).toEqual({ auth: { clientId: "pane-id", authority: "https://login.example/tenant" } });
  });

  it("gets the token silently first, then keeps the account for the next call", async () => {
    const { msal, calls } = fakeMsal(
      async () => "silent-token",
      async () => "popup-token",
    );
    const method = await createNestedSignIn(settings, async () => msal);
    expect(await method.acquireToken(false)).toBe("silent-token");
    expect(await method.acquireToken(false)).toBe("silent-token");
    expect(calls).toEqual(["silent api://api-id/access_as_user", "silent api://api-id/access_as_user with account"]);
  });

  it("falls back to the host's popup when the silent request fails", async () => {
    const { msal, calls } = fakeMsal(
      () => Promise.reject(new Error("interaction_required")),
      async () => "popup-token",
    );
    const method = await createNestedSignIn(settings, async () => msal);
    expect(await method.acquireToken(false)).toBe("popup-token");
    expect(calls).toEqual(["silent api://api-id/access_as_user", "popup api://api-id/access_as_user"]);
  });

  it("goes straight to the popup when asked to interact, and passes the popup's failure on", async () => {
    const cancelled = Object.assign(new Error("user cancelled"), { errorCode: "user_cancelled" });
    const { msal, calls } = fakeMsal(
      async () => "silent-token",
      () => Promise.reject(cancelled),
    );
    const method = await createNestedSignIn(settings, async () => msal);
    await expect(method.acquireToken(true)).rejects.toBe(cancelled);
    expect(calls).toEqual(["popup api://api-id/access_as_user"]);
  });
});
