import type { CurrentUser } from "../api/client";
import { describeSignInError, signInProblemOf, SignInRequiredError, type SignInProblem } from "./problems";
import type { SignInSettings } from "./settings";
import type { SignInMethod } from "./sign-in-method";

/** Where the pane's sign-in stands, for the header. */
export type SessionState =
  | { readonly status: "starting" }
  /** The service runs without sign-in; `user` is its local administrator once `/api/me` answered. */
  | { readonly status: "local"; readonly user: CurrentUser | null }
  | { readonly status: "signed-in"; readonly user: CurrentUser }
  /** No usable token: the header shows the problem and a *Đăng nhập* button. */
  | { readonly status: "needs-sign-in"; readonly problem: SignInProblem; readonly busy: boolean };

/** What a session is made of (the real ones in main.tsx, stand-ins in the unit tests). */
export interface SessionParts {
  /** The service's sign-in settings (`GET /api/pane/config`). */
  settings(): Promise<SignInSettings>;
  /** The sign-in for Entra settings, or null when the host offers none (not inside Office). */
  method(settings: Extract<SignInSettings, { localDevelopment: false }>): Promise<SignInMethod | null>;
  /** The network: `globalThis.fetch`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * Whether a 401 gets one interactive re-sign-in and a retry (default true, the pane). False where interaction leaves
   * the page (the dashboard's redirect flow): the 401 is returned and the state asks for *Đăng nhập*.
   */
  readonly retryInteractively?: boolean;
}

type Listener = () => void;

function withBearer(init: RequestInit | undefined, token: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set("Authorization", `Bearer ${token}`);
  return { ...init, headers };
}

/**
 * The pane's sign-in: loads the settings, picks the {@link SignInMethod}, and gives the generated API client a `fetch`
 * that sends `Authorization: Bearer <token>` on every call; a 401 answer gets one interactive re-sign-in and one retry.
 * Its state (who is signed in, or why not) is read by the header through `subscribe`/`getState`.
 */
export class AuthSession {
  private state: SessionState = { status: "starting" };
  private readonly listeners = new Set<Listener>();
  private method: Promise<SignInMethod | null> | null = null;
  private pending: { interactive: boolean; token: Promise<string> } | null = null;
  private loadUser: (() => Promise<CurrentUser>) | null = null;

  constructor(private readonly parts: SessionParts) {}

  /** Registers a listener of state changes; @returns its removal. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state (a new object on every change). */
  readonly getState = (): SessionState => this.state;

  private setState(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private resolveMethod(): Promise<SignInMethod | null> {
    this.method ??= this.parts
      .settings()
      .then((settings) => (settings.localDevelopment ? null : this.parts.method(settings).then(requireMethod)))
      .catch((error: unknown) => {
        this.method = null; // asked again on the next call (the service may have been restarting)
        throw error;
      });
    return this.method;
  }

  /** A token; concurrent calls share one acquisition (an interactive one serves silent callers too). */
  private token(method: SignInMethod, interactive: boolean): Promise<string> {
    if (this.pending && (this.pending.interactive || !interactive)) return this.pending.token;
    const token = method.acquireToken(interactive).finally(() => {
      if (this.pending?.token === token) this.pending = null;
    });
    this.pending = { interactive, token };
    return token;
  }

  private fail(problem: SignInProblem): never {
    this.setState({ status: "needs-sign-in", problem, busy: false });
    throw new SignInRequiredError(problem);
  }

  /**
   * `fetch` for the generated client: the bearer token on every request (none in local development); after a 401,
   * one interactive sign-in and one retry (unless `retryInteractively` is false), and when that is refused too the
   * header says so.
   * @throws SignInRequiredError when no token can be had (its message is Vietnamese).
   */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let method: SignInMethod | null;
    try {
      method = await this.resolveMethod();
    } catch (error) {
      return this.fail(error instanceof SignInRequiredError ? error.problem : describeSignInError(error));
    }
    if (!method) return this.parts.fetch(input, init);
    let token: string;
    try {
      token = await this.token(method, false);
    } catch (error) {
      return this.fail(describeSignInError(error));
    }
    const response = await this.parts.fetch(input, withBearer(init, token));
    if (response.status !== 401) return response;
    if (this.parts.retryInteractively === false) {
      this.setState({ status: "needs-sign-in", problem: signInProblemOf("rejected"), busy: false });
      return response;
    }
    try {
      token = await this.token(method, true);
    } catch (error) {
      return this.fail(describeSignInError(error));
    }
    const retried = await this.parts.fetch(input, withBearer(init, token));
    if (retried.status === 401)
      this.setState({ status: "needs-sign-in", problem: signInProblemOf("rejected"), busy: false });
    return retried;
  };

  /** Signs in without asking when possible and reads who is signed in (`loadUser`, e.g. the client's `getCurrentUser`). */
  async start(loadUser: () => Promise<CurrentUser>): Promise<void> {
    this.loadUser = loadUser;
    await this.refreshUser();
  }

  /** The *Đăng nhập* button: an interactive sign-in, then who is signed in. */
  async signIn(): Promise<void> {
    if (this.state.status === "needs-sign-in") this.setState({ ...this.state, busy: true });
    try {
      const method = await this.resolveMethod();
      if (method) await this.token(method, true);
    } catch (error) {
      this.setState({ status: "needs-sign-in", problem: describeSignInError(error), busy: false });
      return;
    }
    await this.refreshUser();
  }

  /** The *Đăng xuất* button: the method's sign-out (the redirect flow leaves the page); nothing where it has none. */
  async signOut(): Promise<void> {
    const method = await this.resolveMethod();
    await method?.signOut?.();
  }

  private async refreshUser(): Promise<void> {
    if (!this.loadUser) return;
    let user: CurrentUser;
    try {
      user = await this.loadUser();
    } catch (error) {
      // fetch() has already set the problem when sign-in failed; otherwise the service refused the token or is down.
      if (this.state.status !== "needs-sign-in") {
        this.setState({
          status: "needs-sign-in",
          problem: error instanceof SignInRequiredError ? error.problem : describeLoadError(error),
          busy: false,
        });
      }
      return;
    }
    this.setState(user.localDevelopment ? { status: "local", user } : { status: "signed-in", user });
  }
}

function requireMethod(method: SignInMethod | null): SignInMethod {
  if (!method) throw new SignInRequiredError(signInProblemOf("unavailable"));
  return method;
}

function describeLoadError(error: unknown): SignInProblem {
  const status =
    typeof error === "object" && error !== null && "status" in error
      ? (error as { status: unknown }).status
      : undefined;
  return status === 401 ? signInProblemOf("rejected") : describeSignInError(error);
}
