// Opens the task pane in Debian's headless Chromium with the fake Office host in place of Microsoft's office.js.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addinDir, artifactsDir, corpusDir, fakeHostDir, requireFromAddin } from "./paths.mjs";

const { chromium } = requireFromAddin("playwright-core");

/** The CDN URL of Office.js that taskpane.html and commands.html load. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const fakeHostScript = [
  readFileSync(join(addinDir, "node_modules", "fflate", "umd", "index.js"), "utf8"),
  readFileSync(join(fakeHostDir, "ooxml-document.js"), "utf8"),
  readFileSync(join(fakeHostDir, "fake-office.js"), "utf8"),
].join("\n;\n");
const axeSource = readFileSync(requireFromAddin.resolve("axe-core/axe.min.js"), "utf8");

/** Task-pane size in Word: 350 px wide. */
export const PANE_VIEWPORT = { width: 350, height: 800 };

/** Launches Chromium headless, as a CI machine without a display runs it. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The bytes of a corpus file. */
export function corpusFile(name) {
  return readFileSync(join(corpusDir, name));
}

/**
 * Opens the pane at `serviceUrl` with `docx` (a corpus file name) open in the fake Word.
 * @param {{ sets?: Record<string, string>, allow?: string[], nestedAppAuth?: { brokerUrl: string, silent?: boolean },
 *   dialog?: { brokerUrl?: string, clientId?: string, scope?: string, blocked?: boolean } }} [options]
 *   requirement sets the fake host supports; origins besides the service the page may reach; the fake host's
 *   nested-app-auth bridge and Office dialog API (fake-office.js)
 * @returns {Promise<{ page, context, errors: string[], fakeWord(expr: (w) => any, arg?): Promise<any> }>}
 */
export async function openPane(browser, serviceUrl, docx, options = {}) {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: "vi-VN", deviceScaleFactor: 1 });
  const errors = [];
  // Nothing leaves the machine: the CDN script is the fake host; every other non-local request fails.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeHostScript });
    if (url.startsWith(serviceUrl) || url.startsWith("data:") || (options.allow ?? []).some((o) => url.startsWith(o))) return route.fallback();
    errors.push(`blocked request to ${url}`);
    return route.abort();
  });
  await context.addInitScript((config) => {
    window.__fakeOfficeConfig = config;
  }, { docxBase64: corpusFile(docx).toString("base64"), sets: options.sets, nestedAppAuth: options.nestedAppAuth, dialog: options.dialog });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${serviceUrl}/taskpane.html`);
  return {
    page,
    context,
    errors,
    fakeWord: (fn, arg) => page.evaluate(fn, arg),
  };
}

/** Runs axe-core on the page; @returns the violations of impact serious or critical. */
export async function seriousA11yViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    // Tabster's focus guards (<i data-tabster-dummy aria-hidden tabindex=0>, used by Fluent's TabList) are focusable
    // and aria-hidden on purpose: they pass focus on at once (microsoft/tabster#288), so axe is not asked about them.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Saves a screenshot of the pane under tests/artifacts/. */
export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Presses Tab until focus comes back around and @returns a description of every element that took focus, in order.
 */
export async function tabOrder(page, max = 200) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.focus();
  });
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      if (!e.dataset.tabProbe) e.dataset.tabProbe = String(Math.random()).slice(2);
      return e.dataset.tabProbe;
    });
    if (id === null) continue;
    if (seen.includes(id)) break;
    seen.push(id);
  }
  return seen;
}
