// Opens the task pane in Debian's headless Chromium with the fake Office host in place of Microsoft's office.js.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addinDir, artifactsDir, corpusDir, fakeHostDir, repoRoot, requireFromAddin } from "./paths.mjs";

const { chromium } = requireFromAddin("playwright-core");

/** The CDN URL of Office.js that taskpane.html and commands.html load. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const fakeHostScript = [
  readFileSync(join(addinDir, "node_modules", "fflate", "umd", "index.js"), "utf8"),
  readFileSync(join(fakeHostDir, "api-sets.js"), "utf8"),
  readFileSync(join(fakeHostDir, "ooxml-document.js"), "utf8"),
  readFileSync(join(fakeHostDir, "fake-office.js"), "utf8"),
].join("\n;\n");
const axeSource = readFileSync(requireFromAddin.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The requirement sets the development manifest declares (`<Requirements><Sets>`), as { WordApi: "1.3", … }: the fake
 * host lets the pane call members of these sets without asking `isSetSupported` first, and records any newer member
 * called without asking.
 */
export const declaredSets = Object.fromEntries(
  [
    ...readFileSync(join(repoRoot, "manifest", "manifest.dev.xml"), "utf8").matchAll(
      /<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g,
    ),
  ].map((m) => [m[1], m[2]]),
);

/** Word versions the tests run the pane in (tests/browser/fake-host/api-sets.js). */
export const WORD_VERSIONS = ["word-2019", "word-2021", "word-2024", "microsoft-365", "word-web"];

/** User agents of the older Microsoft webviews Word 2016 and 2019 use on Windows (Internet Explorer 11, Edge Legacy). */
export const OLD_WEBVIEWS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
};

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
 * An empty Word document as Word's blank template makes it: one empty paragraph, an A4 page with Word's default
 * margins, no header, no footer, no custom XML part.
 */
export function blankDocx() {
  const { zipSync, strToU8 } = requireFromAddin("fflate");
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      "word/_rels/document.xml.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
      "word/styles.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
      ),
      "word/document.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p/>` +
          '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
          "</w:body></w:document>",
      ),
    }),
  );
}

/**
 * Opens the pane at `serviceUrl` with `docx` (a corpus file name, or .docx bytes) open in the fake Word.
 * @param {{ host?: string, sets?: Record<string, string>, allow?: string[], nestedAppAuth?: { brokerUrl: string, silent?: boolean },
 *   dialog?: { brokerUrl?: string, clientId?: string, scope?: string, blocked?: boolean }, userAgent?: string,
 *   officeTheme?: object | null, settings?: object, viewport?: { width: number, height: number } }} [options]
 *   the Word version the fake host plays (api-sets.js; Microsoft 365 by default) and sets over its own; origins besides
 *   the service the page may reach; the fake host's nested-app-auth bridge and Office dialog API; the webview's user
 *   agent; Office's theme (null: none, as on the web); document settings already saved
 * @returns {Promise<{ page, context, errors: string[], fakeWord(expr: (w) => any, arg?): Promise<any> }>}
 */
export async function openPane(browser, serviceUrl, docx, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    locale: "vi-VN",
    deviceScaleFactor: 1,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const errors = [];
  // Nothing leaves the machine: the CDN script is the fake host; every other non-local request fails.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fakeHostScript });
    if (url.startsWith(serviceUrl) || url.startsWith("data:") || (options.allow ?? []).some((o) => url.startsWith(o)))
      return route.fallback();
    errors.push(`blocked request to ${url}`);
    return route.abort();
  });
  await context.addInitScript(
    (config) => {
      window.__fakeOfficeConfig = config;
    },
    {
      docxBase64: (typeof docx === "string" ? corpusFile(docx) : Buffer.from(docx)).toString("base64"),
      host: options.host,
      sets: options.sets,
      declared: declaredSets,
      nestedAppAuth: options.nestedAppAuth,
      dialog: options.dialog,
      officeTheme: options.officeTheme,
      settings: options.settings,
    },
  );
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
  // Evaluated through the DevTools protocol, which the page's Content Security Policy (no inline scripts) does not apply to.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // Tabster's focus guards (<i data-tabster-dummy aria-hidden tabindex=0>, used by Fluent's TabList) are focusable
    // and aria-hidden on purpose: they pass focus on at once (microsoft/tabster#288), so axe is not asked about them.
    // `axe` is the global the evaluated axe-core source defined in the page.
    // eslint-disable-next-line no-undef
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
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
