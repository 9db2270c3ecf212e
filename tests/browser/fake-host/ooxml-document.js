// A Word document held by the fake Office host: the .docx package (unzipped with fflate, injected before this script),
// its main part as a DOM edited in place by the fake Word API, and zipped again for getFileAsync.
// Paragraph order is the service's: every w:p of the body in document order (tables, content controls included),
// leaving out paragraphs of text boxes (w:txbxContent), as Word's body.paragraphs does.
// Inserting a file follows Word: Body.insertFileFromBase64 brings the body only (the target keeps its page setup,
// headers and footers; the file's headers, footers and custom XML parts are dropped); Document.insertFileFromBase64
// brings the file's sections with their headers and footers, and its custom XML parts only when asked to; insertOoxml
// brings body content and missing styles, never a custom XML part.
/* global fflate */
(function () {
  "use strict";

  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
  const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
  const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const CUSTOM_XML = REL_TYPE + "customXml";
  const CUSTOM_XML_PROPS = REL_TYPE + "customXmlProps";
  const HEADER = REL_TYPE + "header";
  const FOOTER = REL_TYPE + "footer";
  const NUMBERING = REL_TYPE + "numbering";
  const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
  const NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";

  /** Child order of w:rPr and w:pPr (ECMA-376 CT_RPr / CT_PPrBase), for inserting new properties where Word puts them. */
  const RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
  ];
  const PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
  ];

  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const parse = (bytes) => new DOMParser().parseFromString(decoder.decode(bytes), "application/xml");
  const serialize = (dom) => encoder.encode(new XMLSerializer().serializeToString(dom));

  function wChildren(element, name) {
    return Array.from(element.childNodes).filter(
      (n) => n.nodeType === 1 && n.namespaceURI === W && (!name || n.localName === name),
    );
  }

  function wChild(element, name) {
    return wChildren(element, name)[0] ?? null;
  }

  function insideTextBox(node, stop) {
    for (let n = node.parentNode; n && n !== stop; n = n.parentNode) if (n.localName === "txbxContent") return true;
    return false;
  }

  /** Gets or creates the child `name` of `parent`, placed by `order`. */
  function ensureChild(parent, name, order) {
    const existing = wChild(parent, name);
    if (existing) return existing;
    const created = parent.ownerDocument.createElementNS(W, "w:" + name);
    const rank = order.indexOf(name);
    const after = wChildren(parent).find((c) => order.indexOf(c.localName) > rank);
    parent.insertBefore(created, after ?? null);
    return created;
  }

  function removeChild(parent, name) {
    for (const c of wChildren(parent, name)) parent.removeChild(c);
  }

  function setVal(element, attribute, value) {
    element.setAttributeNS(W, "w:" + attribute, String(value));
  }

  const val = (e) => e?.getAttributeNS(W, "val") ?? null;

  /** The text one run-level node contributes to `paragraph.text`. */
  function pieceText(node) {
    if (node.localName === "t") return node.textContent;
    if (node.localName === "tab") return "\t";
    if (node.localName === "br" || node.localName === "cr") return "\v";
    if (node.localName === "noBreakHyphen") return "-";
    return "";
  }

  /** Resolves a relationship target against the folder of the part holding the relationship. */
  function resolvePath(fromPart, target) {
    if (target.startsWith("/")) return target.slice(1);
    const parts = fromPart.split("/").slice(0, -1);
    for (const piece of target.split("/")) {
      if (piece === "..") parts.pop();
      else if (piece !== ".") parts.push(piece);
    }
    return parts.join("/");
  }

  function relsPathOf(part) {
    const slash = part.lastIndexOf("/");
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  class OoxmlDocument {
    /** @param {Uint8Array} bytes a .docx package */
    constructor(bytes) {
      this.load(bytes);
    }

    /** Takes a whole package as the document (opening a file). */
    load(bytes) {
      this.entries = fflate.unzipSync(bytes);
      this.xml = parse(this.entries["word/document.xml"]);
      this.body = this.xml.getElementsByTagNameNS(W, "body")[0];
      this.rels = this.entries["word/_rels/document.xml.rels"]
        ? parse(this.entries["word/_rels/document.xml.rels"])
        : new DOMParser().parseFromString(`<Relationships xmlns="${RELS}"/>`, "application/xml");
      this.types = parse(this.entries["[Content_Types].xml"]);
      this.touch();
    }

    /** Forgets what was computed from the body (paragraph list, numbering labels) after a change. */
    touch() {
      this.cache = null;
      this.labels = null;
    }

    /** The package as it is now. */
    toBytes() {
      const entries = {
        ...this.entries,
        "word/document.xml": serialize(this.xml),
        "word/_rels/document.xml.rels": serialize(this.rels),
        "[Content_Types].xml": serialize(this.types),
      };
      return fflate.zipSync(entries, { level: 6 });
    }

    // ── paragraphs and text ──────────────────────────────────────────────────────────────────────────────────────

    /** Body paragraphs in the service's order. */
    paragraphs() {
      if (!this.cache) {
        const list = Array.from(this.body.getElementsByTagNameNS(W, "p")).filter((p) => !insideTextBox(p, this.body));
        this.cache = { list, index: new Map(list.map((p, i) => [p, i])) };
      }
      return this.cache.list;
    }

    indexOf(paragraph) {
      this.paragraphs();
      return this.cache.index.get(paragraph) ?? -1;
    }

    /** Runs of the paragraph (also inside hyperlinks, smart tags and inline content controls), not of text boxes. */
    runs(paragraph) {
      return Array.from(paragraph.getElementsByTagNameNS(W, "r")).filter((r) => !insideTextBox(r, paragraph));
    }

    /** The paragraph's text as Word's `paragraph.text` gives it: tabs as \t, breaks as \v, no numbering label. */
    text(paragraph) {
      let text = "";
      for (const run of this.runs(paragraph)) for (const node of wChildren(run)) text += pieceText(node);
      return text;
    }

    /** The run-level text pieces of the paragraph with their offsets: [{ node, run, from, to }]. */
    pieces(paragraph) {
      const out = [];
      let offset = 0;
      for (const run of this.runs(paragraph)) {
        for (const node of wChildren(run)) {
          const text = pieceText(node);
          if (text.length === 0) continue;
          out.push({ node, run, from: offset, to: offset + text.length });
          offset += text.length;
        }
      }
      return out;
    }

    /**
     * Where `find` occurs in the paragraph's text, as Word's search gives it: every non-overlapping occurrence, in order.
     * @returns [{ start, length }]
     */
    search(paragraph, find, matchCase) {
      const text = this.text(paragraph);
      const fold = (s) => (matchCase ? s : s.toLocaleLowerCase("vi"));
      const haystack = fold(text);
      const needle = fold(find);
      const hits = [];
      if (needle.length === 0) return hits;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        hits.push({ start: at, length: needle.length });
      }
      return hits;
    }

    /**
     * Replaces the characters [start, start + length) of the paragraph's text by `text`, inside the w:t nodes that hold
     * them (each run keeps its formatting; the new text goes into the first run touched), as `Range.insertText(…, "Replace")`
     * on a search hit does. A stretch that crosses a tab or a break is refused.
     */
    replaceAt(paragraph, start, length, text) {
      const end = start + length;
      const touched = this.pieces(paragraph).filter((p) => p.to > start && p.from < end);
      if (touched.length === 0) throw new Error("Fake Word: nothing to replace at " + start);
      if (touched.some((p) => p.node.localName !== "t"))
        throw new Error("Fake Word: a search hit across a tab or a break");
      let placed = false;
      for (const { node, from } of touched) {
        const value = node.textContent;
        const keepBefore = value.slice(0, Math.max(0, start - from));
        const keepAfter = value.slice(Math.max(0, end - from));
        node.textContent = keepBefore + (placed ? "" : text) + keepAfter;
        node.setAttribute("xml:space", "preserve");
        placed = true;
      }
      this.touch();
    }

    /**
     * Sets the paragraph's whole text as Word's `paragraph.insertText(…, "Replace")` does: the text goes into the first
     * run with its formatting, every other run (and what holds it: a field, an inline content control) is removed.
     */
    setText(paragraph, text) {
      const runs = this.runs(paragraph);
      const keep = runs.find((r) => wChild(r, "t")) ?? runs[0];
      let run = keep;
      if (!run) {
        run = this.xml.createElementNS(W, "w:r");
        paragraph.appendChild(run);
      }
      // The kept run moves to the paragraph itself; everything else after the paragraph properties goes.
      for (const child of Array.from(paragraph.childNodes)) {
        if (child.nodeType === 1 && child.localName === "pPr") continue;
        paragraph.removeChild(child);
      }
      paragraph.appendChild(run);
      for (const c of wChildren(run)) if (c.localName !== "rPr") run.removeChild(c);
      const t = this.xml.createElementNS(W, "w:t");
      t.setAttribute("xml:space", "preserve");
      t.textContent = text;
      run.appendChild(t);
      this.touch();
    }

    /** Sets one `Word.Font` property on every run of the paragraph. */
    setFont(paragraph, property, value) {
      for (const run of this.runs(paragraph)) {
        const rPr = wChild(run, "rPr") ?? run.insertBefore(this.xml.createElementNS(W, "w:rPr"), run.firstChild);
        switch (property) {
          case "name": {
            const fonts = ensureChild(rPr, "rFonts", RPR_ORDER);
            for (const a of ["asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"]) fonts.removeAttributeNS(W, a);
            for (const a of ["ascii", "hAnsi", "cs", "eastAsia"]) setVal(fonts, a, value);
            break;
          }
          case "size":
            setVal(ensureChild(rPr, "sz", RPR_ORDER), "val", Math.round(value * 2));
            setVal(ensureChild(rPr, "szCs", RPR_ORDER), "val", Math.round(value * 2));
            break;
          case "bold":
          case "italic": {
            const name = property === "bold" ? "b" : "i";
            for (const n of [name, name + "Cs"]) setVal(ensureChild(rPr, n, RPR_ORDER), "val", value ? "1" : "0");
            break;
          }
          case "underline":
            setVal(ensureChild(rPr, "u", RPR_ORDER), "val", value === "None" ? "none" : "single");
            break;
          case "color":
            setVal(ensureChild(rPr, "color", RPR_ORDER), "val", String(value).replace("#", ""));
            break;
          case "highlightColor":
            if (value === null) removeChild(rPr, "highlight");
            else setVal(ensureChild(rPr, "highlight", RPR_ORDER), "val", String(value).toLowerCase());
            break;
          default:
            throw new Error("Fake Word: font." + property + " is not supported");
        }
      }
    }

    /** Sets one `Word.Paragraph` format property (points → twips). */
    setParagraphFormat(paragraph, property, value) {
      const pPr =
        wChild(paragraph, "pPr") ?? paragraph.insertBefore(this.xml.createElementNS(W, "w:pPr"), paragraph.firstChild);
      const twips = (pt) => Math.round(pt * 20);
      switch (property) {
        case "alignment":
          setVal(
            ensureChild(pPr, "jc", PPR_ORDER),
            "val",
            { Left: "left", Centered: "center", Right: "right", Justified: "both" }[value],
          );
          break;
        case "firstLineIndent": {
          const ind = ensureChild(pPr, "ind", PPR_ORDER);
          ind.removeAttributeNS(W, "hanging");
          ind.removeAttributeNS(W, "firstLine");
          if (value >= 0) setVal(ind, "firstLine", twips(value));
          else setVal(ind, "hanging", twips(-value));
          break;
        }
        case "leftIndent": {
          const ind = ensureChild(pPr, "ind", PPR_ORDER);
          ind.removeAttributeNS(W, "start");
          setVal(ind, "left", twips(value));
          break;
        }
        case "spaceBefore":
        case "spaceAfter": {
          const spacing = ensureChild(pPr, "spacing", PPR_ORDER);
          const name = property === "spaceBefore" ? "before" : "after";
          spacing.removeAttributeNS(W, name + "Autospacing");
          spacing.removeAttributeNS(W, name + "Lines");
          setVal(spacing, name, twips(value));
          break;
        }
        case "lineSpacing": {
          const spacing = ensureChild(pPr, "spacing", PPR_ORDER);
          setVal(spacing, "line", Math.round((value / 12) * 240));
          setVal(spacing, "lineRule", "auto");
          break;
        }
        default:
          throw new Error("Fake Word: paragraph." + property + " is not supported");
      }
    }

    // ── content controls ────────────────────────────────────────────────────────────────────────────────────────

    /** Content controls with the tag, outermost first: their element and the paragraphs inside. */
    controlsByTag(tag) {
      return this.controls().filter((c) => c.tag === tag);
    }

    /** Every content control of the body, in document order: element, tag, title, paragraphs inside, text. */
    controls() {
      return Array.from(this.body.getElementsByTagNameNS(W, "sdt")).map((sdt) => {
        const pr = wChild(sdt, "sdtPr");
        const content = wChild(sdt, "sdtContent");
        const inline =
          content && !wChildren(content).some((c) => ["p", "tbl", "sdt", "tr", "tc"].includes(c.localName));
        let paragraphs;
        if (inline) {
          let p = sdt.parentNode;
          while (p && p.localName !== "p") p = p.parentNode;
          paragraphs = p ? [p] : [];
        } else {
          paragraphs = content
            ? Array.from(content.getElementsByTagNameNS(W, "p")).filter((p) => !insideTextBox(p, content))
            : [];
        }
        const inlineText = () =>
          Array.from(content.getElementsByTagNameNS(W, "r"))
            .map((r) => wChildren(r).map(pieceText).join(""))
            .join("");
        return {
          element: sdt,
          tag: pr ? val(wChild(pr, "tag")) : null,
          title: pr ? val(wChild(pr, "alias")) : null,
          inline: Boolean(inline),
          paragraphs,
          text: inline ? inlineText() : paragraphs.map((p) => this.text(p)).join("\n"),
        };
      });
    }

    /** A new w:sdt with an id above every id in the body and the given content. */
    newControl(content) {
      const ids = Array.from(this.body.getElementsByTagNameNS(W, "id")).map((e) => Number(val(e)) || 0);
      const sdt = this.xml.createElementNS(W, "w:sdt");
      const pr = this.xml.createElementNS(W, "w:sdtPr");
      const id = this.xml.createElementNS(W, "w:id");
      setVal(id, "val", Math.max(1000, ...ids) + 1);
      pr.appendChild(id);
      const holder = this.xml.createElementNS(W, "w:sdtContent");
      for (const node of content) holder.appendChild(node);
      sdt.appendChild(pr);
      sdt.appendChild(holder);
      return sdt;
    }

    /** Sets tag, title (alias) or the lock of a control made by {@link wrapBlock} / {@link wrapInline}. */
    setControlProperty(sdt, property, value) {
      const pr = wChild(sdt, "sdtPr");
      const set = (name) => {
        const e = wChild(pr, name) ?? pr.insertBefore(this.xml.createElementNS(W, "w:" + name), wChild(pr, "id"));
        setVal(e, "val", value);
      };
      if (property === "tag") set("tag");
      else if (property === "title") set("alias");
      else if (property === "cannotDelete") {
        removeChild(pr, "lock");
        if (value) {
          const lock = this.xml.createElementNS(W, "w:lock");
          setVal(lock, "val", "sdtLocked");
          pr.appendChild(lock);
        }
      } else if (property !== "appearance")
        throw new Error("Fake Word: contentControl." + property + " is not supported");
      this.touch();
    }

    /**
     * Wraps whole paragraphs `first`…`last` in a block content control, as `Range.insertContentControl()` does for a
     * range of whole paragraphs: the blocks they stand in (paragraphs, tables, controls) must follow one another under
     * one parent and be covered whole. @returns the w:sdt
     */
    wrapBlock(first, last) {
      const ancestors = (node) => {
        const list = [];
        for (let n = node; n && n !== this.xml; n = n.parentNode) list.unshift(n);
        return list;
      };
      const a = ancestors(first);
      const b = ancestors(last);
      let common = 0;
      while (common < a.length && a[common] === b[common]) common++;
      if (first === last) common = a.length - 1;
      // A range from one cell to another takes the whole table (Word selects whole rows, then the table).
      while (common > 0 && ["tbl", "tr"].includes(a[common - 1].localName)) common--;
      const parent = a[common - 1];
      const from = a[common];
      const to = b[common];
      if (!parent || !from || !to || !["body", "sdtContent", "tc"].includes(parent.localName)) {
        throw new Error("Fake Word: the range is not valid for a content control");
      }
      const paragraphsOf = (block) =>
        block.localName === "p" ? [block] : Array.from(block.getElementsByTagNameNS(W, "p"));
      if (paragraphsOf(from)[0] !== first || paragraphsOf(to).at(-1) !== last) {
        throw new Error("Fake Word: the range covers part of a table or control");
      }
      const blocks = [];
      for (let n = from; n; n = n.nextSibling) {
        if (n.nodeType === 1) blocks.push(n);
        if (n === to) break;
      }
      const anchor = to.nextSibling;
      const sdt = this.newControl(blocks);
      parent.insertBefore(sdt, anchor);
      this.touch();
      return sdt;
    }

    /**
     * Wraps the characters [start, start + length) of a paragraph in an inline content control, splitting the runs cut
     * by its ends (each half keeps the run's properties). @returns the w:sdt
     */
    wrapInline(paragraph, start, length) {
      const end = start + length;
      this.cutAt(paragraph, start);
      this.cutAt(paragraph, end);
      const inside = [];
      let offset = 0;
      for (const child of wChildren(paragraph)) {
        if (child.localName === "pPr") continue;
        const size = this.textOf(child).length;
        if (size > 0 ? offset >= start && offset + size <= end : offset > start && offset < end) inside.push(child);
        offset += size;
      }
      if (inside.length === 0) throw new Error("Fake Word: nothing to wrap");
      const anchor = inside.at(-1).nextSibling;
      const sdt = this.newControl(inside);
      paragraph.insertBefore(sdt, anchor);
      this.touch();
      return sdt;
    }

    textOf(element) {
      if (element.localName === "r") return wChildren(element).map(pieceText).join("");
      return Array.from(element.getElementsByTagNameNS(W, "r"))
        .map((r) => wChildren(r).map(pieceText).join(""))
        .join("");
    }

    /** Makes `at` a boundary between children of the paragraph, splitting the direct-child run it falls in. */
    cutAt(paragraph, at) {
      let offset = 0;
      for (const child of wChildren(paragraph)) {
        if (child.localName === "pPr") continue;
        const size = this.textOf(child).length;
        if (at > offset && at < offset + size) {
          if (child.localName !== "r") throw new Error("Fake Word: a content control edge inside a field or hyperlink");
          this.splitRun(child, at - offset);
          return;
        }
        offset += size;
      }
    }

    splitRun(run, at) {
      const tail = this.xml.createElementNS(W, "w:r");
      const rPr = wChild(run, "rPr");
      if (rPr) tail.appendChild(rPr.cloneNode(true));
      let offset = 0;
      for (const child of wChildren(run)) {
        if (child.localName === "rPr") continue;
        const size = pieceText(child).length;
        if (offset >= at) tail.appendChild(child);
        else if (offset + size > at && child.localName === "t") {
          const keep = at - offset;
          const rest = this.xml.createElementNS(W, "w:t");
          rest.setAttribute("xml:space", "preserve");
          rest.textContent = child.textContent.slice(keep);
          child.textContent = child.textContent.slice(0, keep);
          child.setAttribute("xml:space", "preserve");
          tail.appendChild(rest);
        }
        offset += size;
      }
      run.parentNode.insertBefore(tail, run.nextSibling);
    }

    // ── inserting content ───────────────────────────────────────────────────────────────────────────────────────

    /**
     * Inserts the body of a flat-OPC package (insertOoxml) before/after/in place of a paragraph, with the styles of the
     * package that the document lacks. Anything else in the package — a custom XML part above all — is ignored, as Word
     * ignores it. @returns the inserted paragraphs
     */
    insertOoxml(anchor, ooxml, location) {
      const pkg = new DOMParser().parseFromString(ooxml, "application/xml");
      if (pkg.getElementsByTagName("parsererror").length > 0)
        throw new Error("Fake Word: insertOoxml got XML that is not well-formed");
      const partXml = (name) => {
        const part = Array.from(pkg.getElementsByTagNameNS(PKG, "part")).find(
          (p) => p.getAttributeNS(PKG, "name") === name,
        );
        const data = part?.getElementsByTagNameNS(PKG, "xmlData")[0];
        return data ? Array.from(data.childNodes).find((n) => n.nodeType === 1) : null;
      };
      const body = partXml("/word/document.xml")?.getElementsByTagNameNS(W, "body")[0];
      if (!body) throw new Error("Fake Word: insertOoxml got a package without /word/document.xml");
      const styles = partXml("/word/styles.xml");
      if (styles) this.mergeStyles(styles);
      const blocks = wChildren(body)
        .filter((c) => c.localName !== "sectPr")
        .map((c) => this.xml.importNode(c, true));
      const parent = anchor.parentNode;
      const before =
        location === "Before" ? anchor : location === "After" || location === "End" ? anchor.nextSibling : anchor;
      for (const block of blocks) parent.insertBefore(block, before);
      if (location === "Replace") parent.removeChild(anchor);
      this.touch();
      return blocks.flatMap((b) => (b.localName === "p" ? [b] : Array.from(b.getElementsByTagNameNS(W, "p"))));
    }

    /**
     * `Body.insertFileFromBase64(file, "Replace")`: the file's body replaces this body; this document keeps its own last
     * section (page size, margins, headers and footers) and its custom XML parts; the file's headers, footers, final
     * section properties and custom XML parts are dropped. Its styles and numbering are merged in.
     */
    insertBodyFrom(bytes) {
      const source = new OoxmlDocument(bytes);
      const sourceStyles = source.entries["word/styles.xml"];
      if (sourceStyles) this.mergeStyles(parse(sourceStyles).documentElement);
      const numOffset = this.mergeNumbering(source);
      const blocks = wChildren(source.body)
        .filter((c) => c.localName !== "sectPr")
        .map((c) => this.xml.importNode(c, true));
      for (const block of blocks) {
        for (const sectPr of Array.from(block.getElementsByTagNameNS(W, "sectPr"))) {
          for (const ref of [...wChildren(sectPr, "headerReference"), ...wChildren(sectPr, "footerReference")])
            sectPr.removeChild(ref);
        }
        if (numOffset > 0) {
          for (const numId of Array.from(block.getElementsByTagNameNS(W, "numId"))) {
            const n = Number(val(numId));
            if (n > 0) setVal(numId, "val", n + numOffset);
          }
        }
        this.copyReferencedParts(source, block);
      }
      const finalSection = wChildren(this.body, "sectPr").at(-1) ?? null;
      for (const child of wChildren(this.body)) if (child !== finalSection) this.body.removeChild(child);
      for (const block of blocks) this.body.insertBefore(block, finalSection);
      this.touch();
    }

    /**
     * `Document.insertFileFromBase64(file, "Replace", options)`: the file becomes the document with its sections,
     * headers and footers. This document's custom XML parts stay; the file's come along only with
     * `importCustomXmlParts` (WordApi 1.6).
     */
    replaceWithFile(bytes, options) {
      const kept = this.customXmlParts().map((p) => ({ id: p.id, xml: p.xml }));
      this.load(bytes);
      if (!options?.importCustomXmlParts) for (const part of this.customXmlParts()) this.deleteCustomXmlPart(part.id);
      for (const part of kept) this.addCustomXmlPart(part.xml, part.id);
    }

    /** Adds the styles of `stylesRoot` (a w:styles element) whose style id this document lacks. */
    mergeStyles(stylesRoot) {
      const path = "word/styles.xml";
      if (!this.entries[path]) return;
      const mine = parse(this.entries[path]);
      const root = mine.documentElement;
      const have = new Set(
        Array.from(root.getElementsByTagNameNS(W, "style")).map((s) => s.getAttributeNS(W, "styleId")),
      );
      let added = false;
      for (const style of Array.from(stylesRoot.getElementsByTagNameNS(W, "style"))) {
        if (have.has(style.getAttributeNS(W, "styleId"))) continue;
        root.appendChild(mine.importNode(style, true));
        added = true;
      }
      if (added) this.entries[path] = serialize(mine);
    }

    /** Brings the numbering definitions of `source` in, numbered after this document's; @returns the numId offset. */
    mergeNumbering(source) {
      const sourcePath = source.targetOf(NUMBERING);
      if (!sourcePath || !source.entries[sourcePath]) return 0;
      const minePath = this.targetOf(NUMBERING);
      if (!minePath) {
        this.entries["word/numbering.xml"] = source.entries[sourcePath];
        this.addRelationship(NUMBERING, "numbering.xml");
        this.setContentType("/word/numbering.xml", NUMBERING_TYPE);
        return 0;
      }
      const mine = parse(this.entries[minePath]);
      const theirs = parse(source.entries[sourcePath]);
      const maxOf = (dom, name, attr) =>
        Math.max(
          0,
          ...Array.from(dom.getElementsByTagNameNS(W, name)).map((e) => Number(e.getAttributeNS(W, attr)) || 0),
        );
      const abstractOffset = maxOf(mine, "abstractNum", "abstractNumId") + 1;
      const numOffset = maxOf(mine, "num", "numId");
      const root = mine.documentElement;
      const firstNum = wChild(root, "num");
      for (const abstract of wChildren(theirs.documentElement, "abstractNum")) {
        const copy = mine.importNode(abstract, true);
        copy.setAttributeNS(
          W,
          "w:abstractNumId",
          String(Number(abstract.getAttributeNS(W, "abstractNumId")) + abstractOffset),
        );
        root.insertBefore(copy, firstNum);
      }
      for (const num of wChildren(theirs.documentElement, "num")) {
        const copy = mine.importNode(num, true);
        copy.setAttributeNS(W, "w:numId", String(Number(num.getAttributeNS(W, "numId")) + numOffset));
        const ref = wChild(copy, "abstractNumId");
        setVal(ref, "val", Number(val(ref)) + abstractOffset);
        root.appendChild(copy);
      }
      this.entries[minePath] = serialize(mine);
      return numOffset;
    }

    /** Copies the parts the block's r:id / r:embed attributes point at (pictures, links) with new relationship ids. */
    copyReferencedParts(source, block) {
      const all = [block, ...Array.from(block.getElementsByTagName("*"))];
      for (const element of all) {
        for (const attribute of Array.from(element.attributes ?? [])) {
          if (attribute.namespaceURI !== R) continue;
          const rel = source.relationship(attribute.value);
          if (!rel) continue;
          const external = rel.getAttribute("TargetMode") === "External";
          const target = rel.getAttribute("Target");
          let newTarget = target;
          if (!external) {
            const from = resolvePath("word/document.xml", target);
            const to = this.freePath(from);
            this.entries[to] = source.entries[from];
            newTarget = "/" + to;
          }
          attribute.value = this.addRelationship(rel.getAttribute("Type"), newTarget, external);
        }
      }
    }

    // ── relationships, content types, custom XML parts ──────────────────────────────────────────────────────────

    relationship(id) {
      return (
        Array.from(this.rels.documentElement.childNodes).find((r) => r.nodeType === 1 && r.getAttribute("Id") === id) ??
        null
      );
    }

    /** The package path of the first part related to the main part with `type`, or null. */
    targetOf(type) {
      const rel = Array.from(this.rels.documentElement.childNodes).find(
        (r) => r.nodeType === 1 && r.getAttribute("Type") === type,
      );
      return rel ? resolvePath("word/document.xml", rel.getAttribute("Target")) : null;
    }

    addRelationship(type, target, external = false) {
      const root = this.rels.documentElement;
      const ids = new Set(
        Array.from(root.childNodes)
          .filter((n) => n.nodeType === 1)
          .map((r) => r.getAttribute("Id")),
      );
      let n = ids.size + 1;
      while (ids.has(`rId${n}`)) n++;
      const rel = this.rels.createElementNS(RELS, "Relationship");
      rel.setAttribute("Id", `rId${n}`);
      rel.setAttribute("Type", type);
      rel.setAttribute("Target", target);
      if (external) rel.setAttribute("TargetMode", "External");
      root.appendChild(rel);
      return `rId${n}`;
    }

    setContentType(partName, contentType) {
      const root = this.types.documentElement;
      for (const o of Array.from(root.getElementsByTagNameNS(CT, "Override")))
        if (o.getAttribute("PartName") === partName) root.removeChild(o);
      if (!contentType) return;
      const override = this.types.createElementNS(CT, "Override");
      override.setAttribute("PartName", partName);
      override.setAttribute("ContentType", contentType);
      root.appendChild(override);
    }

    freePath(path) {
      if (!this.entries[path]) return path;
      const dot = path.lastIndexOf(".");
      for (let n = 1; ; n++) {
        const candidate = `${path.slice(0, dot)}-${n}${path.slice(dot)}`;
        if (!this.entries[candidate]) return candidate;
      }
    }

    /** The custom XML parts related to the main part: [{ id (datastore item id), namespaceUri, xml, path, relId }]. */
    customXmlParts() {
      return Array.from(this.rels.documentElement.childNodes)
        .filter((r) => r.nodeType === 1 && r.getAttribute("Type") === CUSTOM_XML)
        .map((rel) => {
          const path = resolvePath("word/document.xml", rel.getAttribute("Target"));
          const xml = decoder.decode(this.entries[path] ?? new Uint8Array());
          const propsRels = this.entries[relsPathOf(path)] ? parse(this.entries[relsPathOf(path)]) : null;
          const propsRel =
            propsRels &&
            Array.from(propsRels.documentElement.childNodes).find(
              (n) => n.nodeType === 1 && n.getAttribute("Type") === CUSTOM_XML_PROPS,
            );
          const propsPath = propsRel ? resolvePath(path, propsRel.getAttribute("Target")) : null;
          const props = propsPath && this.entries[propsPath] ? parse(this.entries[propsPath]) : null;
          const id = props?.documentElement.getAttributeNS(DS, "itemID") ?? null;
          const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;
          return {
            id,
            namespaceUri: root?.namespaceURI ?? "",
            xml: xml.replace(/^\uFEFF/, ""),
            path,
            propsPath,
            relId: rel.getAttribute("Id"),
          };
        });
    }

    /** Adds a custom XML part (related to the main part, with its properties part) and @returns its item id. */
    addCustomXmlPart(xml, id) {
      const itemId = id ?? `{${crypto.randomUUID().toUpperCase()}}`;
      let n = 1;
      while (this.entries[`customXml/item${n}.xml`]) n++;
      const path = `customXml/item${n}.xml`;
      const propsPath = `customXml/itemProps${n}.xml`;
      this.entries[path] = encoder.encode(xml);
      this.entries[propsPath] = encoder.encode(
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${DS}"><ds:schemaRefs/></ds:datastoreItem>`,
      );
      this.entries[relsPathOf(path)] = encoder.encode(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
      );
      this.setContentType("/" + propsPath, PROPS_TYPE);
      this.setContentType("/" + path, "application/xml");
      this.addRelationship(CUSTOM_XML, `../${path}`);
      return itemId;
    }

    deleteCustomXmlPart(id) {
      const part = this.customXmlParts().find((p) => p.id === id);
      if (!part) return false;
      this.rels.documentElement.removeChild(this.relationship(part.relId));
      for (const path of [part.path, part.propsPath, relsPathOf(part.path)]) {
        if (!path) continue;
        delete this.entries[path];
        this.setContentType("/" + path, null);
      }
      return true;
    }

    // ── numbering labels ────────────────────────────────────────────────────────────────────────────────────────

    /** The automatic numbering label of the paragraph (`II.`, `1.`), empty when it is not in a list. */
    listLabel(paragraph) {
      if (!this.labels) this.labels = this.computeLabels();
      return this.labels.get(paragraph) ?? "";
    }

    computeLabels() {
      const labels = new Map();
      const numberingPath = this.targetOf(NUMBERING) ?? "word/numbering.xml";
      const numberingXml = this.entries[numberingPath];
      if (!numberingXml) return labels;
      const numbering = parse(numberingXml);
      const stylesXml = this.entries["word/styles.xml"];
      const styles = stylesXml ? parse(stylesXml) : null;
      const abstracts = new Map(
        Array.from(numbering.getElementsByTagNameNS(W, "abstractNum")).map((a) => [
          a.getAttributeNS(W, "abstractNumId"),
          a,
        ]),
      );
      const nums = new Map(
        Array.from(numbering.getElementsByTagNameNS(W, "num")).map((n) => [
          n.getAttributeNS(W, "numId"),
          val(wChild(n, "abstractNumId")),
        ]),
      );
      const styleNumPr = (styleId) => {
        if (!styles || !styleId) return null;
        const style = Array.from(styles.getElementsByTagNameNS(W, "style")).find(
          (s) => s.getAttributeNS(W, "styleId") === styleId,
        );
        const pPr = style && wChild(style, "pPr");
        const numPr = pPr && wChild(pPr, "numPr");
        if (numPr) return numPr;
        return style ? styleNumPr(val(wChild(style, "basedOn"))) : null;
      };
      const counters = new Map();
      const format = (n, fmt) => {
        if (fmt === "upperRoman" || fmt === "lowerRoman") {
          const table = [
            [1000, "M"],
            [900, "CM"],
            [500, "D"],
            [400, "CD"],
            [100, "C"],
            [90, "XC"],
            [50, "L"],
            [40, "XL"],
            [10, "X"],
            [9, "IX"],
            [5, "V"],
            [4, "IV"],
            [1, "I"],
          ];
          let out = "";
          for (const [v, s] of table)
            while (n >= v) {
              out += s;
              n -= v;
            }
          return fmt === "lowerRoman" ? out.toLowerCase() : out;
        }
        if (fmt === "upperLetter" || fmt === "lowerLetter") {
          const s = String.fromCharCode(64 + ((n - 1) % 26) + 1);
          return fmt === "lowerLetter" ? s.toLowerCase() : s;
        }
        return String(n);
      };
      for (const p of this.paragraphs()) {
        const pPr = wChild(p, "pPr");
        const numPr = (pPr && wChild(pPr, "numPr")) ?? styleNumPr(val(pPr && wChild(pPr, "pStyle")));
        const numId = val(numPr && wChild(numPr, "numId"));
        if (!numId || numId === "0") continue;
        const ilvl = Number(val(wChild(numPr, "ilvl")) ?? 0);
        const abstract = abstracts.get(nums.get(numId));
        if (!abstract) continue;
        const levels = wChildren(abstract, "lvl");
        const counter = counters.get(numId) ?? [];
        counters.set(numId, counter);
        const level = levels.find((l) => Number(l.getAttributeNS(W, "ilvl")) === ilvl);
        if (!level) continue;
        const start = Number(val(wChild(level, "start")) ?? 1);
        counter[ilvl] = counter[ilvl] === undefined ? start : counter[ilvl] + 1;
        counter.length = ilvl + 1;
        const fmt = val(wChild(level, "numFmt"));
        let text = val(wChild(level, "lvlText")) ?? "";
        if (fmt === "bullet") {
          labels.set(p, text);
          continue;
        }
        text = text.replace(/%(\d)/g, (_, d) => {
          const i = Number(d) - 1;
          const lvl = levels.find((l) => Number(l.getAttributeNS(W, "ilvl")) === i);
          const f = val(lvl && wChild(lvl, "numFmt")) ?? "decimal";
          return format(counter[i] ?? Number(val(lvl && wChild(lvl, "start")) ?? 1), f);
        });
        labels.set(p, text);
      }
      return labels;
    }
  }

  window.ThiDuaFake = window.ThiDuaFake || {};
  window.ThiDuaFake.OoxmlDocument = OoxmlDocument;
})();
