// Reading a .docx the pane left behind, to assert on the package itself: the last section's page setup and the
// headers and footers it refers to (with their PAGE fields), the plan's custom XML parts, the body's content controls.
import { requireFromAddin } from "./paths.mjs";

const { unzipSync, zipSync, strToU8, strFromU8 } = requireFromAddin("fflate");
const { DOMParser, XMLSerializer } = requireFromAddin("@xmldom/xmldom");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const PLAN = "urn:thidua:plan:1";

const parse = (bytes) => new DOMParser().parseFromString(strFromU8(bytes).replace(/^\uFEFF/, ""), "application/xml");
const elements = (node, name, ns = W) => Array.from(node.getElementsByTagNameNS(ns, name));

function resolve(from, target) {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * What a .docx holds that the tests assert on.
 * @returns {{ section: { titlePage: boolean, pageWidth: number, margins: Record<string, number>,
 *   headers: { type: string, path: string, text: string, pageField: boolean }[], footers: { type: string, path: string, text: string, pageField: boolean }[] },
 *   planParts: { id: string | null, xml: string }[], customXmlParts: number, controls: string[], paragraphs: string[] }}
 */
export function inspectPackage(bytes) {
  const entries = unzipSync(new Uint8Array(bytes));
  const document = parse(entries["word/document.xml"]);
  const rels = entries["word/_rels/document.xml.rels"] ? parse(entries["word/_rels/document.xml.rels"]) : null;
  const relTarget = (id) => {
    const rel =
      rels && Array.from(rels.documentElement.childNodes).find((n) => n.nodeType === 1 && n.getAttribute("Id") === id);
    return rel ? resolve("word/document.xml", rel.getAttribute("Target")) : null;
  };
  const body = elements(document, "body")[0];
  const sectPr = Array.from(body.childNodes)
    .filter((n) => n.nodeType === 1 && n.localName === "sectPr")
    .at(-1);
  const story = (name) =>
    (sectPr ? elements(sectPr, name) : []).map((ref) => {
      const path = relTarget(ref.getAttributeNS(R, "id"));
      const xml = path && entries[path] ? parse(entries[path]) : null;
      const text = xml
        ? elements(xml, "t")
            .map((t) => t.textContent)
            .join("")
        : "";
      const instr = xml
        ? [
            ...elements(xml, "instrText").map((t) => t.textContent),
            ...elements(xml, "fldSimple").map((f) => f.getAttributeNS(W, "instr")),
          ].join(" ")
        : "";
      return { type: ref.getAttributeNS(W, "type"), path, text, pageField: /\bPAGE\b/.test(instr) };
    });
  const pgSz = sectPr && elements(sectPr, "pgSz")[0];
  const pgMar = sectPr && elements(sectPr, "pgMar")[0];
  const customXml = rels
    ? Array.from(rels.documentElement.childNodes)
        .filter((n) => n.nodeType === 1 && n.getAttribute("Type").endsWith("/customXml"))
        .map((rel) => resolve("word/document.xml", rel.getAttribute("Target")))
    : [];
  const planParts = customXml
    .map((path) => {
      const xml = strFromU8(entries[path]).replace(/^\uFEFF/, "");
      const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
      const slash = path.lastIndexOf("/");
      const relsPath = `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
      let id = null;
      if (entries[relsPath]) {
        const propsRel = Array.from(parse(entries[relsPath]).documentElement.childNodes).find((n) => n.nodeType === 1);
        const props = propsRel && entries[resolve(path, propsRel.getAttribute("Target"))];
        if (props) id = parse(props).documentElement.getAttributeNS(DS, "itemID");
      }
      return { id, xml, namespace: root?.namespaceURI };
    })
    .filter((p) => p.namespace === PLAN);
  const paragraphs = elements(body, "p").map((p) =>
    elements(p, "t")
      .map((t) => t.textContent)
      .join(""),
  );
  const controls = elements(body, "sdt")
    .map((sdt) => elements(sdt, "tag")[0]?.getAttributeNS(W, "val") ?? "")
    .filter(Boolean);
  return {
    section: {
      titlePage: Boolean(sectPr && elements(sectPr, "titlePg").length > 0),
      pageWidth: Number(pgSz?.getAttributeNS(W, "w") ?? 0),
      margins: Object.fromEntries(
        ["top", "bottom", "left", "right"].map((side) => [side, Number(pgMar?.getAttributeNS(W, side) ?? 0)]),
      ),
      headers: story("headerReference"),
      footers: story("footerReference"),
    },
    planParts: planParts.map(({ id, xml }) => ({ id, xml })),
    customXmlParts: customXml.length,
    controls,
    paragraphs,
  };
}

/** True when the section shows a page number (a PAGE field in one of its headers or footers). */
export function hasPageNumbers(inspected) {
  return [...inspected.section.headers, ...inspected.section.footers].some((s) => s.pageField);
}

/**
 * A long plan grown from a real one as `thidua bench` grows its 300-page plan (service/ThiDua.Cli/Bench/LargePlanBuilder):
 * the body between the first part heading and Nơi nhận repeated `copies` times before the closing part, each copy
 * without what must stay unique (bookmarks, comment anchors, paragraph ids) and without content-control wrappers.
 * `tri-yen-2024.docx` with 48 copies is about 300 pages and 1 176 chỉ tiêu.
 */
export function growPlan(bytes, copies) {
  const entries = unzipSync(new Uint8Array(bytes));
  const document = parse(entries["word/document.xml"]);
  const body = elements(document, "body")[0];
  const blocks = Array.from(body.childNodes).filter((n) => n.nodeType === 1 && n.localName !== "sectPr");
  const text = (block) =>
    elements(block, "t")
      .map((t) => t.textContent)
      .join("")
      .normalize("NFC");
  const start = blocks.findIndex((b) => b.localName === "p" && /^I\.\s/u.test(text(b)));
  const end = blocks.findIndex((b, i) => i > start && /^Nơi nh[âậ]n/u.test(text(b).trim()));
  if (start < 0 || end < 0) throw new Error("growPlan: no part heading or Nơi nhận");
  const chunk = blocks.slice(start, end);
  const anchor = blocks[end];
  for (let n = 0; n < copies; n++) {
    for (const block of chunk) {
      const copy = block.cloneNode(true);
      for (const name of [
        "bookmarkStart",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
        "footnoteReference",
        "endnoteReference",
      ]) {
        for (const e of elements(copy, name)) e.parentNode.removeChild(e);
      }
      for (const sdt of elements(copy, "sdt").reverse()) {
        const content = elements(sdt, "sdtContent")[0];
        while (content?.firstChild) sdt.parentNode.insertBefore(content.firstChild, sdt);
        sdt.parentNode.removeChild(sdt);
      }
      for (const p of [copy, ...elements(copy, "p")]) {
        for (const attr of ["w14:paraId", "w14:textId"]) p.removeAttribute?.(attr);
      }
      body.insertBefore(copy, anchor);
    }
  }
  entries["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(document));
  return Buffer.from(zipSync(entries, { level: 6 }));
}
