// Renders manifest/icons/icon.svg to the PNG icons the manifest names (16, 32, 64, 80, 128 px) into
// addin/public/assets/, with Debian's Chromium through playwright-core (from addin/node_modules).
// Run from addin/: `npm run icons`. The PNGs are committed; run again only when the SVG changes.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../../addin/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const svg = await readFile(new URL("icon.svg", import.meta.url), "utf8");
const sizes = [16, 32, 64, 80, 128];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace(/width="64" height="64"/, `width="${size}" height="${size}"`)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const out = fileURLToPath(new URL(`../../addin/public/assets/icon-${size}.png`, import.meta.url));
    await writeFile(out, png);
    console.log(`${out} (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
