import { createNestedSignIn } from "./nested";
import { createDialogSignIn, officeDialogParts } from "./office-dialog";
import type { EntraSignIn } from "./settings";
import { chooseSignInKind, type SignInMethod } from "./sign-in-method";

/**
 * The sign-in the running Office host allows (after `Office.onReady`): nested app authentication, else MSAL in an
 * Office dialog; null outside Office.
 */
export async function createSignInMethod(settings: EntraSignIn): Promise<SignInMethod | null> {
  if (typeof Office === "undefined") return null;
  await Office.onReady();
  switch (chooseSignInKind(Office)) {
    case "nested":
      return createNestedSignIn(settings);
    case "dialog":
      return createDialogSignIn(window.location.origin, officeDialogParts(settings, window.location.origin, Office));
    default:
      return null;
  }
}
