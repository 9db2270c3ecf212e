/**
 * Checks of a Word add-in manifest beyond its schema: https everywhere, every resource id referenced exists in the
 * right resource list, and the Home-tab button with its 16/32/80 px icons.
 */
import type { Element as XmlElement } from "@xmldom/xmldom";
import { NS, parseManifest } from "./manifest-schema";

function elements(root: XmlElement, ns: string, name: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, name)) as unknown as XmlElement[];
}

function root(xml: string): XmlElement {
  const { document } = parseManifest(xml);
  const element = document?.documentElement;
  if (!element) throw new Error("manifest không đọc được");
  return element as unknown as XmlElement;
}

/** Every URL the manifest names (icons, support page, source locations, resource URLs, app domains). */
export function manifestUrls(xml: string): string[] {
  const r = root(xml);
  const urls = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((name) =>
      elements(r, NS.app, name).map((e) => e.getAttribute("DefaultValue") ?? ""),
    ),
    ...elements(r, NS.app, "AppDomain").map((e) => (e.textContent ?? "").trim()),
    ...["Image", "Url"].flatMap((name) =>
      elements(r, NS.bt, name)
        .filter((e) => e.hasAttribute("DefaultValue"))
        .map((e) => e.getAttribute("DefaultValue") ?? ""),
    ),
  ];
  return [...new Set(urls)];
}

/** URLs that are not https. */
export function insecureUrls(xml: string): string[] {
  return manifestUrls(xml).filter((u) => !u.startsWith("https://"));
}

/** Which resource list each referencing element must point into. */
const REFERENCE_KINDS: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** References (`resid`) to ids missing from the resource list of their kind. */
export function residProblems(xml: string): string[] {
  const r = root(xml);
  const defined = new Map<string, Set<string>>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const ids = elements(r, NS.bt, kind).flatMap((list) =>
      Array.from(list.childNodes)
        .filter((n) => n.nodeType === 1)
        .map((n) => (n as XmlElement).getAttribute("id") ?? ""),
    );
    defined.set(kind, new Set(ids));
  }
  const problems: string[] = [];
  const all = Array.from(r.getElementsByTagName("*")) as unknown as XmlElement[];
  for (const element of all.filter((e) => e.hasAttribute("resid"))) {
    const id = element.getAttribute("resid") ?? "";
    const kind = REFERENCE_KINDS[element.localName ?? ""];
    if (!kind) problems.push(`<${element.localName} resid="${id}">: phần tử không dùng resid`);
    else if (!defined.get(kind)?.has(id))
      problems.push(`<${element.localName} resid="${id}">: không có trong bt:${kind}`);
  }
  return problems;
}

/** The Home-tab button: its label text and icon sizes, or null when there is none. */
export function homeTabButton(xml: string): { label: string; iconSizes: string[]; opensPane: boolean } | null {
  const r = root(xml);
  const tab = elements(r, NS.ov, "OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
  const control = tab ? elements(tab, NS.ov, "Control")[0] : undefined;
  if (!control) return null;
  const labelId = elements(control, NS.ov, "Label")[0]?.getAttribute("resid") ?? "";
  const label =
    elements(r, NS.bt, "String")
      .find((s) => s.getAttribute("id") === labelId)
      ?.getAttribute("DefaultValue") ?? "";
  const icon = elements(control, NS.ov, "Icon")[0];
  const iconSizes = icon ? elements(icon, NS.bt, "Image").map((i) => i.getAttribute("size") ?? "") : [];
  const action = elements(control, NS.ov, "Action")[0];
  return { label, iconSizes, opensPane: action?.getAttributeNS(NS.xsi, "type") === "ShowTaskpane" };
}
