/**
 * How a page gets an access token for the API: nested app authentication or MSAL in an Office dialog (the pane), or
 * MSAL's redirect flow in the browser window itself (the district dashboard).
 */
export type SignInKind = "nested" | "dialog" | "redirect";

/** A way of signing in, made by {@link createNestedSignIn}, {@link createDialogSignIn} or {@link createRedirectSignIn}. */
export interface SignInMethod {
  readonly kind: SignInKind;
  /**
   * An access token (a JWT) for the API's scopes.
   * @param interactive false: without asking the user when the method can (nested: silently, then the host's own
   *   sign-in UI as Microsoft's guidance says; dialog: MSAL's cache only); true: ask the user again.
   * @throws an MSAL `AuthError`, or a {@link DialogSignInError}, named by `errorCode`.
   */
  acquireToken(interactive: boolean): Promise<string>;
  /** Signs the account out where the method can (the redirect flow: to Entra ID's sign-out, then back to the page). */
  signOut?(): Promise<void>;
}

/** The part of Office.js the choice reads. */
export interface OfficeSignInHost {
  readonly context?: {
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui?: { readonly displayDialogAsync?: unknown };
  };
}

/**
 * Which sign-in the host allows: nested app authentication where Office supports requirement set `NestedAppAuth 1.1`
 * (Microsoft's recommendation for add-ins), else MSAL in an Office dialog (`Office.context.ui.displayDialogAsync`);
 * null when neither is there (the page is not running inside Office).
 */
export function chooseSignInKind(office: OfficeSignInHost | undefined): SignInKind | null {
  const context = office?.context;
  if (context?.requirements?.isSetSupported("NestedAppAuth", "1.1")) return "nested";
  if (typeof context?.ui?.displayDialogAsync === "function") return "dialog";
  return null;
}
