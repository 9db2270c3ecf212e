/** How the pane gets an access token for the API: nested app authentication, or MSAL in an Office dialog. */
export type SignInKind = "nested" | "dialog";

/** A way of signing the pane in, made by {@link createNestedSignIn} or {@link createDialogSignIn}. */
export interface SignInMethod {
  readonly kind: SignInKind;
  /**
   * An access token (a JWT) for the API's scopes.
   * @param interactive false: without asking the user when the method can (nested: silently, then the host's own
   *   sign-in UI as Microsoft's guidance says; dialog: MSAL's cache only); true: ask the user again.
   * @throws an MSAL `AuthError`, or a {@link DialogSignInError}, named by `errorCode`.
   */
  acquireToken(interactive: boolean): Promise<string>;
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
