import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createServiceClient } from "../api/service";
import { AuthProvider } from "../auth/context";
import { createSignInMethod } from "../auth/create-method";
import { AuthSession } from "../auth/session";
import { loadSignInSettings } from "../auth/settings";
import { officeWord } from "../word";
import { App } from "./App";
import { ServicesProvider } from "./services";

// Sign-in first: the settings come from the service, and every call of the client carries the session's token.
const session = new AuthSession({
  settings: () => loadSignInSettings(createServiceClient()),
  method: createSignInMethod,
  fetch: (input, init) => globalThis.fetch(input, init),
});
const api = createServiceClient({ fetch: session.fetch });
void session.start(() => api.getCurrentUser());

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <AuthProvider session={session}>
          <ServicesProvider services={{ word: officeWord, api }}>
            <App />
          </ServicesProvider>
        </AuthProvider>
      </FluentProvider>
    </StrictMode>,
  );
}
