/**
 * An offline check of an add-in-only XML manifest (TaskPaneApp, VersionOverrides 1.0) for Word.
 *
 * `office-addin-manifest validate` posts the file to an online service, and no npm package ships Microsoft's manifest
 * XSDs, so the structure those schemas enforce (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0,
 * OfficeAppBasicTypesV1_0) is written down here: which elements, in which order, how many, with which simple types.
 * Only the parts a Word task pane with one ribbon button uses are covered; anything else is reported as unexpected.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

type Check = (element: XmlElement, path: string, problems: string[]) => void;

/** One element of an `xs:sequence`: its name and namespace, occurrences, and what to check inside it. */
interface Particle {
  readonly name: string;
  readonly ns: string;
  readonly min: number;
  readonly max: number;
  readonly check?: Check;
}

const UUID =
  /^(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/iu;
const VERSION = /^\d{1,5}(?:\.\d{1,5}){0,3}$/u;
const CULTURE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/u;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

function children(element: XmlElement): XmlElement[] {
  const list: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) list.push(node as XmlElement);
  }
  return list;
}

function text(element: XmlElement): string {
  return (element.textContent ?? "").trim();
}

const one = (name: string, ns: string, check?: Check): Particle => ({ name, ns, min: 1, max: 1, check });
const optional = (name: string, ns: string, check?: Check): Particle => ({ name, ns, min: 0, max: 1, check });
const many = (name: string, ns: string, min: number, check?: Check): Particle => ({
  name,
  ns,
  min,
  max: Infinity,
  check,
});

/** Matches the element's children against the particles in order, then runs each particle's check. */
function sequence(...particles: Particle[]): Check {
  return (element, path, problems) => {
    const items = children(element);
    let i = 0;
    for (const particle of particles) {
      let count = 0;
      while (i < items.length && count < particle.max) {
        const item = items[i]!;
        if (item.localName !== particle.name || item.namespaceURI !== particle.ns) break;
        particle.check?.(item, `${path}/${particle.name}`, problems);
        count++;
        i++;
      }
      if (count < particle.min) problems.push(`${path}: thiếu <${particle.name}> (hoặc sai thứ tự)`);
    }
    for (const extra of items.slice(i))
      problems.push(`${path}: <${extra.localName}> không đúng chỗ hoặc không được phép`);
  };
}

function all(...checks: Check[]): Check {
  return (element, path, problems) => checks.forEach((c) => c(element, path, problems));
}

function matching(pattern: RegExp, what: string): Check {
  return (element, path, problems) => {
    if (!pattern.test(text(element))) problems.push(`${path}: "${text(element)}" không phải ${what}`);
  };
}

function length(value: string, min: number, max: number, path: string, problems: string[]) {
  if (value.length < min || value.length > max) problems.push(`${path}: độ dài ${value.length} ngoài ${min}–${max}`);
}

function attribute(name: string, test: (value: string, path: string, problems: string[]) => void): Check {
  return (element, path, problems) => {
    if (!element.hasAttribute(name)) {
      problems.push(`${path}: thiếu thuộc tính ${name}`);
      return;
    }
    test(element.getAttribute(name) ?? "", `${path}/@${name}`, problems);
  };
}

function xsiType(expected: string): Check {
  return (element, path, problems) => {
    const type = element.getAttributeNS(NS.xsi, "type");
    if (type !== expected) problems.push(`${path}: xsi:type "${type ?? ""}", cần "${expected}"`);
  };
}

const shortString = (v: string, p: string, pr: string[]) => length(v, 1, 125, p, pr);
const longString = (v: string, p: string, pr: string[]) => length(v, 1, 250, p, pr);
const url = (v: string, p: string, pr: string[]) => length(v, 1, 2048, p, pr);
const resid = (v: string, p: string, pr: string[]) => length(v, 1, 32, p, pr);
const residRef = attribute("resid", resid);

// --- VersionOverrides (TaskPaneAppVersionOverridesV1_0) -------------------------------------------------------------

const iconList = sequence(
  many(
    "Image",
    NS.bt,
    1,
    all(
      attribute(
        "size",
        (v, p, pr) => ["16", "20", "24", "32", "40", "48", "64", "80"].includes(v) || pr.push(`${p}: cỡ ${v}`),
      ),
      residRef,
    ),
  ),
);
const supertip = sequence(one("Title", NS.ov, residRef), one("Description", NS.ov, residRef));
const showTaskpane = all(
  xsiType("ShowTaskpane"),
  sequence(optional("TaskpaneId", NS.ov), one("SourceLocation", NS.ov, residRef), optional("Title", NS.ov, residRef)),
);
const button = all(
  xsiType("Button"),
  attribute("id", shortString),
  sequence(
    one("Label", NS.ov, residRef),
    one("Supertip", NS.ov, supertip),
    one("Icon", NS.ov, iconList),
    one("Action", NS.ov, showTaskpane),
  ),
);
const group = all(
  attribute("id", shortString),
  sequence(one("Label", NS.ov, residRef), one("Icon", NS.ov, iconList), many("Control", NS.ov, 1, button)),
);
const officeTab = all(attribute("id", shortString), sequence(many("Group", NS.ov, 1, group)));
const commandSurface = all(xsiType("PrimaryCommandSurface"), sequence(many("OfficeTab", NS.ov, 0, officeTab)));
const getStarted = sequence(
  one("Title", NS.ov, residRef),
  one("Description", NS.ov, residRef),
  one("LearnMoreUrl", NS.ov, residRef),
);
const formFactor = sequence(
  optional("GetStarted", NS.ov, getStarted),
  optional("FunctionFile", NS.ov, residRef),
  many("ExtensionPoint", NS.ov, 1, commandSurface),
);
const documentHost = all(xsiType("Document"), sequence(optional("DesktopFormFactor", NS.ov, formFactor)));

const resource = (max: (v: string, p: string, pr: string[]) => void) =>
  all(attribute("id", resid), attribute("DefaultValue", max));
const resources = sequence(
  optional("Images", NS.bt, sequence(many("Image", NS.bt, 1, resource(url)))),
  optional("Urls", NS.bt, sequence(many("Url", NS.bt, 1, resource(url)))),
  optional("ShortStrings", NS.bt, sequence(many("String", NS.bt, 1, resource(shortString)))),
  optional("LongStrings", NS.bt, sequence(many("String", NS.bt, 1, resource(longString)))),
);
// Office single sign-on: the Entra application id, its Application ID URI and the scopes (always the last child).
const webApplicationInfo = sequence(
  one("Id", NS.ov, matching(UUID, "một GUID")),
  one("Resource", NS.ov, (e, p, pr) => longString(text(e), p, pr)),
  one("Scopes", NS.ov, sequence(many("Scope", NS.ov, 1, (e, p, pr) => longString(text(e), p, pr)))),
);
const versionOverrides = all(
  xsiType("VersionOverridesV1_0"),
  sequence(
    optional("Description", NS.ov, residRef),
    optional("Requirements", NS.ov),
    optional("Hosts", NS.ov, sequence(many("Host", NS.ov, 1, documentHost))),
    optional("Resources", NS.ov, resources),
    optional("WebApplicationInfo", NS.ov, webApplicationInfo),
  ),
);

// --- OfficeApp (OfficeAppManifestV1_1, TaskPaneApp) -----------------------------------------------------------------

const localeAware = (max: (v: string, p: string, pr: string[]) => void) =>
  all(attribute("DefaultValue", max), sequence(many("Override", NS.app, 0)));
const requirements = sequence(
  optional("Sets", NS.app, sequence(many("Set", NS.app, 1, attribute("Name", shortString)))),
  optional("Methods", NS.app),
);
const taskPaneApp = all(
  xsiType("TaskPaneApp"),
  sequence(
    one("Id", NS.app, matching(UUID, "một GUID")),
    optional("AlternateId", NS.app),
    one("Version", NS.app, matching(VERSION, "phiên bản n.n.n.n")),
    one("ProviderName", NS.app, (e, p, pr) => shortString(text(e), p, pr)),
    one("DefaultLocale", NS.app, matching(CULTURE, "mã ngôn ngữ")),
    one("DisplayName", NS.app, localeAware(shortString)),
    one("Description", NS.app, localeAware(longString)),
    optional("IconUrl", NS.app, localeAware(url)),
    optional("HighResolutionIconUrl", NS.app, localeAware(url)),
    optional("SupportUrl", NS.app, localeAware(url)),
    optional("AppDomains", NS.app, sequence(many("AppDomain", NS.app, 1, (e, p, pr) => longString(text(e), p, pr)))),
    optional("Hosts", NS.app, sequence(many("Host", NS.app, 1, attribute("Name", shortString)))),
    optional("Requirements", NS.app, requirements),
    one("DefaultSettings", NS.app, sequence(one("SourceLocation", NS.app, localeAware(url)))),
    one(
      "Permissions",
      NS.app,
      (e, p, pr) => PERMISSIONS.includes(text(e)) || pr.push(`${p}: quyền "${text(e)}" không hợp lệ`),
    ),
    optional("VersionOverrides", NS.ov, versionOverrides),
  ),
);

/** Parses the manifest; XML errors are returned as problems instead of thrown. */
export function parseManifest(xml: string): {
  document: ReturnType<DOMParser["parseFromString"]> | null;
  problems: string[];
} {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(`XML: ${message}`);
    },
  });
  try {
    const document = parser.parseFromString(xml, "application/xml");
    return { document, problems };
  } catch (error) {
    problems.push(`XML: ${(error as Error).message}`);
    return { document: null, problems };
  }
}

/**
 * Problems of the manifest against the schema rules above (element order and counts, simple types, lengths).
 * An empty array means the manifest is valid for this subset of the schema.
 */
export function schemaProblems(xml: string): string[] {
  const { document, problems } = parseManifest(xml);
  const root = document?.documentElement;
  if (!root) return problems.length > 0 ? problems : ["XML: không có phần tử gốc"];
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    problems.push(`gốc là <${root.localName}>, cần <OfficeApp xmlns="${NS.app}">`);
    return problems;
  }
  taskPaneApp(root, "/OfficeApp", problems);
  return problems;
}
