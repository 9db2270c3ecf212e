// Where things are: the repository, the shared corpus beside it, the pane's node_modules (the browser tests take
// playwright-core, axe-core and fflate from addin/, where `npm ci` installs them), and the screenshot folder.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export const repoRoot = resolve(here, "..", "..", "..");
export const addinDir = join(repoRoot, "addin");
/** The shared corpus: `../shared/corpus` from the repository root, or THIDUA_CORPUS. */
export const corpusDir = process.env.THIDUA_CORPUS ?? resolve(repoRoot, "..", "shared", "corpus");
export const artifactsDir = join(repoRoot, "tests", "artifacts");
export const fakeHostDir = join(here, "..", "fake-host");

/** `require` resolving from addin/ (its node_modules). */
export const requireFromAddin = createRequire(join(addinDir, "package.json"));
