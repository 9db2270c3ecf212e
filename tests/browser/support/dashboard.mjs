// The district dashboard (/dashboard) in Debian's headless Chromium, and the corpus submitted to the real service
// through its HTTP API beforehand, as the communes would send their plans.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { corpusFile } from "./pane.mjs";
import { artifactsDir } from "./paths.mjs";

/** A district officer's laptop screen. */
export const DASHBOARD_VIEWPORT = { width: 1366, height: 768 };

/**
 * A JSON call to the service, with `token` as bearer when given (Entra mode); throws with the service's answer when the
 * status is not `expect`.
 */
export async function api(serviceUrl, path, { method = "GET", body, expect = [200], token } = {}) {
  const init = { method, headers: { Accept: "application/json" } };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(`${serviceUrl}${path}`, init);
  const text = await response.text();
  if (!expect.includes(response.status)) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

/** Creates a unit profile (POST /api/units), as `token`'s user when given. @returns the stored profile, with its id. */
export function createUnit(serviceUrl, profile, token) {
  return api(serviceUrl, "/api/units", { method: "POST", body: profile, expect: [201], token });
}

/**
 * Submits a corpus .docx as `unitId`'s plan (POST /api/plans/submit, multipart fields `file` and `unitId`), as `token`'s
 * user when given. @returns the submission result (outcome, planId, version, kpiCount…).
 */
export function submitPlan(serviceUrl, fileName, unitId, token) {
  const form = new FormData();
  const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  form.append("file", new Blob([corpusFile(fileName)], { type: docx }), fileName);
  form.append("unitId", String(unitId));
  return api(serviceUrl, "/api/plans/submit", { method: "POST", body: form, expect: [200, 201], token });
}

/**
 * Opens `path` of the service at 1366×768 in Vietnamese. Requests leaving the service fail and are
 * recorded, as are console errors, page errors and answers of 400 or more. `init` (`{ script, arg }`) runs in the
 * page before its own scripts (Playwright's `addInitScript`), e.g. to put a stand-in for MSAL's factory in place.
 * @returns {Promise<{ page, context, errors: string[] }>}
 */
export async function openDashboard(browser, serviceUrl, path = "/dashboard", { init } = {}) {
  const context = await browser.newContext({
    viewport: DASHBOARD_VIEWPORT,
    locale: "vi-VN",
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  if (init) await context.addInitScript(init.script, init.arg);
  const errors = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(serviceUrl) || url.startsWith("data:")) return route.fallback();
    errors.push(`blocked request to ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    errors.push(`failed request: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${serviceUrl}${path}`);
  return { page, context, errors };
}

/** Saves a screenshot under tests/artifacts/: the whole page, or with `fullPage: false` what the screen shows. @returns its path. */
export async function saveScreenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  await page.screenshot({ path, fullPage });
  return path;
}
