import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createServiceClient } from "../api/service";
import { AuthProvider } from "../auth/context";
import { createSignInMethod } from "../auth/create-method";
import { AuthSession } from "../auth/session";
import { loadSignInSettings } from "../auth/settings";
import { createOfficeWord } from "../word";
import { App } from "./App";
import { ServicesProvider } from "./services";

// Sign-in first: the settings come from the service, and every call of the client carries the session's token.
const session = new AuthSession({
  settings: () => loadSignInSettings(createServiceClient()),
  method: createSignInMethod,
  fetch: (input, init) => globalThis.fetch(input, init),
});
const api = createServiceClient({ fetch: session.fetch });
const word = createOfficeWord();
void session.start(() => api.getCurrentUser());

/** Set by public/old-webview-check.js when the webview is too old and the page is leaving for old-webview.html. */
declare global {
  interface Window {
    __thiduaOldWebview?: boolean;
  }
}

const root = document.getElementById("root");
if (root && !window.__thiduaOldWebview) {
  createRoot(root).render(
    <StrictMode>
      <AuthProvider session={session}>
        <ServicesProvider services={{ word, api }}>
          <App />
        </ServicesProvider>
      </AuthProvider>
    </StrictMode>,
  );
}
