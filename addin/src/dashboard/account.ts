import type { SessionState } from "../auth/session";
import { signInProblemOf, type SignInProblem } from "../auth/problems";
import { describeUser, LOCAL_DEVELOPMENT_LINE } from "../auth/user-line";
import { byId } from "./dom";

/** What the header and the sign-in prompt show for a session state. */
export interface AccountView {
  /** The header's line: who is signed in (`Trần Thị B · Phòng Nội vụ huyện Yên Dũng`), or why nobody is. */
  line: string;
  /** Whether *Đăng xuất* is offered (signed in with Entra ID). */
  signOut: boolean;
  /** The Vietnamese problem shown above the data with a *Đăng nhập* button, or null. */
  prompt: SignInProblem | null;
  /** Whether the prompt's button is disabled (a sign-in is under way). */
  busy: boolean;
}

/**
 * The view of `state`; `refused` is a problem the data endpoints gave after sign-in (403: the account may not see the
 * data), shown while the account stays signed in.
 */
export function accountView(state: SessionState, refused: SignInProblem | null = null): AccountView {
  switch (state.status) {
    case "starting":
      return { line: "Đang đăng nhập…", signOut: false, prompt: null, busy: false };
    case "local":
      return { line: LOCAL_DEVELOPMENT_LINE, signOut: false, prompt: null, busy: false };
    case "signed-in":
      return { line: describeUser(state.user), signOut: true, prompt: refused, busy: false };
    case "needs-sign-in":
      return { line: "Chưa đăng nhập", signOut: false, prompt: state.problem, busy: state.busy };
  }
}

/** The problem of a data call the service refused: 401 the token, 403 the account; null for other statuses. */
export function problemOfStatus(status: number): SignInProblem | null {
  if (status === 401) return signInProblemOf("rejected");
  if (status === 403) return signInProblemOf("forbidden");
  return null;
}

/** What the header's buttons do. */
export interface AccountActions {
  signIn(): void;
  signOut(): void;
}

/**
 * The header's account line and *Đăng xuất* (`#account-line`, `#sign-out`) and the sign-in prompt (`#sign-in` with
 * `#sign-in-title`, `#sign-in-text`, `#sign-in-button`) of dashboard.html; the data (`#content`) is hidden while the
 * prompt shows. @returns the function that draws a view.
 */
export function bindAccount(actions: AccountActions): (view: AccountView) => void {
  const line = byId("account-line");
  const signOut = byId<HTMLButtonElement>("sign-out");
  const prompt = byId("sign-in");
  const button = byId<HTMLButtonElement>("sign-in-button");
  signOut.addEventListener("click", () => actions.signOut());
  button.addEventListener("click", () => actions.signIn());
  return (view) => {
    line.textContent = view.line;
    signOut.hidden = !view.signOut;
    prompt.hidden = view.prompt === null;
    byId("content").hidden = view.prompt !== null;
    byId("sign-in-title").textContent = view.prompt?.title ?? "";
    byId("sign-in-text").textContent = view.prompt?.text ?? "";
    button.disabled = view.busy;
  };
}
