import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * Multi-page build served by ThiDua.Service from addin/dist:
 * - taskpane.html — the Word task pane (Soạn thảo, Kiểm tra, Chỉ tiêu);
 * - commands.html — the manifest's FunctionFile (ribbon commands);
 * - dashboard.html — the district dashboard (issue 6, chart.js);
 * - auth-dialog.html — the sign-in dialog where Office has no nested app authentication (MSAL redirect, messageParent).
 * Static files in public/ (icons, help.html) are copied as they are.
 */
/** The HTML entry points; a page whose file is not there yet (the dashboard is written separately) is left out. */
function pages(names: readonly string[]): Record<string, string> {
  const entries = names.map((name) => [name, resolve(import.meta.dirname, `${name}.html`)] as const);
  return Object.fromEntries(entries.filter(([, file]) => existsSync(file)));
}

export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // React + Fluent UI in one chunk: ~640 kB, ~185 kB gzip — loaded once by the pane.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: pages(["taskpane", "commands", "dashboard", "auth-dialog"]),
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:5000" },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
