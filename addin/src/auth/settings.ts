import type { ThiDuaClient } from "../api/client";

/** Sign-in against Microsoft Entra ID: what MSAL.js needs, as the service's `GET /api/pane/config` gives it. */
export interface EntraSignIn {
  readonly localDevelopment: false;
  /** The pane's application (client) id in Entra (`Pane:ClientId`, else the API's `AzureAd:ClientId`). */
  readonly clientId: string;
  /** The authority, e.g. `https://login.microsoftonline.com/{tenant}`. */
  readonly authority: string;
  /** The API's delegated scopes, e.g. `api://{client id}/access_as_user`. */
  readonly scopes: readonly string[];
}

/** How the pane signs in: with Entra ID, or not at all (the service's `Authentication:Mode=LocalDevelopment`). */
export type SignInSettings = EntraSignIn | { readonly localDevelopment: true };

/**
 * Reads the sign-in settings from the service (anonymous `GET /api/pane/config`), so one build of the pane serves any
 * deployment. @throws Error (Vietnamese) when the service answers Entra mode without a client id, authority or scope.
 */
export async function loadSignInSettings(client: Pick<ThiDuaClient, "getPaneSignIn">): Promise<SignInSettings> {
  const config = await client.getPaneSignIn();
  if (config.localDevelopment) return { localDevelopment: true };
  const scopes = (config.scopes ?? []).filter((s) => s.trim().length > 0);
  if (!config.clientId || !config.authority || scopes.length === 0) {
    throw new Error(
      "Dịch vụ ThiDua chưa cấu hình đăng nhập (mã ứng dụng, authority, phạm vi API). Hãy báo quản trị viên.",
    );
  }
  return { localDevelopment: false, clientId: config.clientId, authority: config.authority, scopes };
}
