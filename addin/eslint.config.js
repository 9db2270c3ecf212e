// Lint rules of the pane, the dashboard, the manifest generator and the browser tests (issue 18); `npm run lint` fails
// on any finding. Office.js usage is checked by Microsoft's eslint-plugin-office-addins (sync after load, no sync in a
// loop, no empty or navigational load, isNullObject); formatting is Prettier's alone (eslint-config-prettier turns off
// the rules that would disagree with it). Run from the repository root (`npm run lint` does): paths are relative to it
// (basePath), so manifest/ and tests/browser/ are linted with the pane's node_modules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { defineConfig } from "eslint/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig([
  {
    basePath: root,
    // Generated: the client NSwag writes, and the code it appends to it (which must declare what NSwag declares).
    ignores: [
      "addin/dist/**",
      "addin/node_modules/**",
      "addin/tools/nswag/obj/**",
      "addin/src/api/client.ts",
      "addin/tools/nswag/client-extensions.ts",
    ],
  },
  {
    basePath: root,
    files: ["addin/**/*.{ts,tsx,js,mjs}", "manifest/**/*.{mjs,mts}", "tests/browser/**/*.mjs"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      // Off: it takes `collection.load("items/id")` for a collection left unloaded, `Range.paragraphs` (a navigation
      // property) for a value and `text.length` for a Word property. Reads of unloaded properties fail in the strict
      // fake host instead (PropertyNotLoaded, tests/browser/fake-host), as they do in Word.
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { basePath: root, ...prettier },
]);
