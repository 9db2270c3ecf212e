import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../api/client";
import { AuthSession, type SessionParts } from "./session";
import type { SignInSettings } from "./settings";
import type { SignInMethod } from "./sign-in-method";

const entra: SignInSettings = {
  localDevelopment: false,
  clientId: "c",
  authority: "https://login.example/t",
  scopes: ["api://c/access_as_user"],
};
const officer = {
  name: "Nguyễn Văn A",
  upn: "a@x",
  role: "officer",
  roleLabel: "Cán bộ đơn vị",
  district: null,
  units: [{ id: 1, name: "UBND xã Trí Yên" }],
  localDevelopment: false,
} as unknown as CurrentUser;

/** A sign-in method handing out tokens from a list, recording whether each was interactive. */
function scriptedMethod(tokens: Array<string | Error>) {
  const asked: boolean[] = [];
  const method: SignInMethod = {
    kind: "nested",
    async acquireToken(interactive) {
      asked.push(interactive);
      const next = tokens.shift();
      if (next === undefined || next instanceof Error) throw next ?? new Error("no token left");
      return next;
    },
  };
  return { method, asked };
}

/** A network answering each request with the status the accepting function gives its bearer token. */
function network(statusFor: (authorization: string | null) => number) {
  const seen: Array<string | null> = [];
  const fetch: SessionParts["fetch"] = async (_input, init) => {
    const authorization = new Headers(init?.headers).get("Authorization");
    seen.push(authorization);
    return new Response("{}", { status: statusFor(authorization) });
  };
  return { fetch, seen };
}

function session(settings: SignInSettings, method: SignInMethod | null, fetch: SessionParts["fetch"]) {
  return new AuthSession({ settings: async () => settings, method: async () => method, fetch });
}

describe("AuthSession.fetch", () => {
  it("sends the token as a bearer header and keeps the caller's headers", async () => {
    const { method } = scriptedMethod(["token-1"]);
    const net = network(() => 200);
    const s = session(entra, method, net.fetch);
    const response = await s.fetch("/api/plans", { headers: { Accept: "application/json" } });
    expect(response.status).toBe(200);
    expect(net.seen).toEqual(["Bearer token-1"]);
  });

  it("after a 401 signs in interactively once and retries with the new token", async () => {
    const { method, asked } = scriptedMethod(["stale", "fresh"]);
    const net = network((a) => (a === "Bearer fresh" ? 200 : 401));
    const s = session(entra, method, net.fetch);
    expect((await s.fetch("/api/me")).status).toBe(200);
    expect(net.seen).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(asked).toEqual([false, true]);
  });

  it("retries only once: a second 401 is returned and the header is told the service refused the sign-in", async () => {
    const { method, asked } = scriptedMethod(["wrong-audience", "wrong-audience-again"]);
    const net = network(() => 401);
    const s = session(entra, method, net.fetch);
    expect((await s.fetch("/api/me")).status).toBe(401);
    expect(net.seen).toHaveLength(2);
    expect(asked).toEqual([false, true]);
    const state = s.getState();
    expect(state.status === "needs-sign-in" && state.problem.kind).toBe("rejected");
  });

  it("without interactive retry (the dashboard's redirect flow) returns the 401 and asks for Đăng nhập", async () => {
    const { method, asked } = scriptedMethod(["wrong-audience"]);
    const net = network(() => 401);
    const s = new AuthSession({
      settings: async () => entra,
      method: async () => method,
      fetch: net.fetch,
      retryInteractively: false,
    });
    expect((await s.fetch("/api/kpis/summary")).status).toBe(401);
    expect(net.seen).toEqual(["Bearer wrong-audience"]);
    expect(asked).toEqual([false]);
    const state = s.getState();
    expect(state.status === "needs-sign-in" && state.problem.kind).toBe("rejected");
  });

  it("sends no token in local development", async () => {
    const net = network(() => 200);
    const s = session({ localDevelopment: true }, null, net.fetch);
    await s.fetch("/api/me");
    expect(net.seen).toEqual([null]);
  });

  it("throws a Vietnamese error and sends nothing when no token can be had", async () => {
    const blocked = Object.assign(new Error("popup"), { errorCode: "popup_window_error" });
    const { method } = scriptedMethod([blocked]);
    const net = network(() => 200);
    const s = session(entra, method, net.fetch);
    await expect(s.fetch("/api/me")).rejects.toThrow("Cửa sổ đăng nhập bị chặn");
    expect(net.seen).toEqual([]);
  });

  it("outside Office (no sign-in method) says the pane must be opened in Word", async () => {
    const s = session(entra, null, network(() => 200).fetch);
    await expect(s.fetch("/api/me")).rejects.toThrow("Word");
  });

  it("shares one token acquisition between concurrent calls", async () => {
    const { method, asked } = scriptedMethod(["one"]);
    const net = network(() => 200);
    const s = session(entra, method, net.fetch);
    await Promise.all([s.fetch("/a"), s.fetch("/b")]);
    expect(asked).toEqual([false]);
    expect(net.seen).toEqual(["Bearer one", "Bearer one"]);
  });
});

describe("AuthSession state", () => {
  it("is signed in with the user /api/me returns", async () => {
    const { method } = scriptedMethod(["t"]);
    const s = session(entra, method, network(() => 200).fetch);
    const changes: string[] = [];
    s.subscribe(() => changes.push(s.getState().status));
    await s.start(async () => officer);
    expect(s.getState()).toEqual({ status: "signed-in", user: officer });
    expect(changes).toEqual(["signed-in"]);
  });

  it("is local in local development", async () => {
    const s = session({ localDevelopment: true }, null, network(() => 200).fetch);
    const local = { ...officer, localDevelopment: true } as CurrentUser;
    await s.start(async () => local);
    expect(s.getState().status).toBe("local");
  });

  it("needs sign-in when the user cannot be read, and Đăng nhập signs in interactively", async () => {
    const { method, asked } = scriptedMethod([
      Object.assign(new Error("none"), { errorCode: "no_account_error" }),
      "t",
      "t",
    ]);
    const s = session(entra, method, network(() => 200).fetch);
    const loadUser = async () => {
      const response = await s.fetch("/api/me");
      if (!response.ok) throw new Error(String(response.status));
      return officer;
    };
    await s.start(loadUser);
    const state = s.getState();
    expect(state.status === "needs-sign-in" && state.problem.title).toBe("Chưa đăng nhập");
    await s.signIn();
    // The interactive sign-in, then /api/me asks silently again (MSAL answers from its cache).
    expect(asked).toEqual([false, true, false]);
    expect(s.getState().status).toBe("signed-in");
  });

  it("Đăng xuất calls the method's sign-out, and does nothing in local development", async () => {
    const signedOut: string[] = [];
    const { method } = scriptedMethod([]);
    const s = session(entra, { ...method, signOut: async () => void signedOut.push("out") }, network(() => 200).fetch);
    await s.signOut();
    expect(signedOut).toEqual(["out"]);
    await expect(
      session({ localDevelopment: true }, null, network(() => 200).fetch).signOut(),
    ).resolves.toBeUndefined();
  });
});
