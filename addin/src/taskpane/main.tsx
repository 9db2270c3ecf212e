import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createServiceClient } from "../api/service";
import { officeWord } from "../word";
import { App } from "./App";
import { ServicesProvider } from "./services";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={{ word: officeWord, api: createServiceClient() }}>
          <App />
        </ServicesProvider>
      </FluentProvider>
    </StrictMode>,
  );
}
