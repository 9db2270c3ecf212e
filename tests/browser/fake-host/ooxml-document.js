// A Word document held by the fake Office host: the .docx package (unzipped with fflate, injected before this script)
// and its main part as a DOM, edited in place by the fake Word API and zipped again for getFileAsync.
// Paragraph order is the service's: every w:p of the body in document order (tables, content controls included),
// leaving out paragraphs of text boxes (w:txbxContent), as Word's body.paragraphs does.
/* global fflate */
(function () {
  "use strict";

  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

  /** Child order of w:rPr and w:pPr (ECMA-376 CT_RPr / CT_PPrBase), for inserting new properties where Word puts them. */
  const RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
    "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"];
  const PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
    "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"];

  const decoder = new TextDecoder();
  const encoder = new TextEncoder();

  function wChildren(element, name) {
    return Array.from(element.childNodes).filter((n) => n.nodeType === 1 && n.namespaceURI === W && (!name || n.localName === name));
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

  class OoxmlDocument {
    /** @param {Uint8Array} bytes a .docx package */
    constructor(bytes) {
      this.load(bytes);
    }

    /** Replaces the whole package (insertFileFromBase64 with "Replace"). */
    load(bytes) {
      this.entries = fflate.unzipSync(bytes);
      this.xml = new DOMParser().parseFromString(decoder.decode(this.entries["word/document.xml"]), "application/xml");
      this.body = this.xml.getElementsByTagNameNS(W, "body")[0];
      this.labels = null;
    }

    /** The package as it is now. */
    toBytes() {
      const entries = { ...this.entries, "word/document.xml": encoder.encode(new XMLSerializer().serializeToString(this.xml)) };
      return fflate.zipSync(entries, { level: 6 });
    }

    /** Body paragraphs in the service's order. */
    paragraphs() {
      return Array.from(this.body.getElementsByTagNameNS(W, "p")).filter((p) => !insideTextBox(p, this.body));
    }

    indexOf(paragraph) {
      return this.paragraphs().indexOf(paragraph);
    }

    /** Runs of the paragraph (also inside hyperlinks, smart tags and inline content controls), not of text boxes. */
    runs(paragraph) {
      return Array.from(paragraph.getElementsByTagNameNS(W, "r")).filter((r) => !insideTextBox(r, paragraph));
    }

    /** The paragraph's text as Word's `paragraph.text` gives it: tabs as \t, breaks as \v, no numbering label. */
    text(paragraph) {
      let text = "";
      for (const run of this.runs(paragraph)) {
        for (const node of wChildren(run)) {
          if (node.localName === "t") text += node.textContent;
          else if (node.localName === "tab") text += "\t";
          else if (node.localName === "br" || node.localName === "cr") text += "\v";
          else if (node.localName === "noBreakHyphen") text += "-";
        }
      }
      return text;
    }

    /** Replaces the first occurrence of `find` inside the paragraph's w:t nodes; false when it is not there. */
    replaceText(paragraph, find, replaceWith) {
      const nodes = this.runs(paragraph).flatMap((r) => wChildren(r, "t"));
      const whole = nodes.map((n) => n.textContent).join("");
      const start = whole.indexOf(find);
      if (start < 0) return false;
      const end = start + find.length;
      let offset = 0;
      let placed = false;
      for (const node of nodes) {
        const text = node.textContent;
        const from = offset;
        const to = offset + text.length;
        offset = to;
        if (to <= start || from >= end) continue;
        const keepBefore = text.slice(0, Math.max(0, start - from));
        const keepAfter = text.slice(Math.max(0, end - from));
        node.textContent = keepBefore + (placed ? "" : replaceWith) + keepAfter;
        node.setAttribute("xml:space", "preserve");
        placed = true;
      }
      return true;
    }

    /** Sets the paragraph's whole text in its first run (Word's insertText "Replace" on a paragraph). */
    setText(paragraph, text) {
      const runs = this.runs(paragraph);
      const keep = runs.find((r) => wChild(r, "t")) ?? runs[0];
      for (const r of runs) if (r !== keep) r.parentNode.removeChild(r);
      let run = keep;
      if (!run) {
        run = this.xml.createElementNS(W, "w:r");
        paragraph.appendChild(run);
      }
      for (const c of wChildren(run)) if (c.localName !== "rPr") run.removeChild(c);
      const t = this.xml.createElementNS(W, "w:t");
      t.setAttribute("xml:space", "preserve");
      t.textContent = text;
      run.appendChild(t);
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
      const pPr = wChild(paragraph, "pPr") ?? paragraph.insertBefore(this.xml.createElementNS(W, "w:pPr"), paragraph.firstChild);
      const twips = (pt) => Math.round(pt * 20);
      switch (property) {
        case "alignment":
          setVal(ensureChild(pPr, "jc", PPR_ORDER), "val", { Left: "left", Centered: "center", Right: "right", Justified: "both" }[value]);
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

    /**
     * Inserts the body of a flat-OPC package (insertOoxml) before/after/in place of a paragraph.
     * @returns the inserted paragraphs
     */
    insertOoxml(anchor, ooxml, location) {
      const pkg = new DOMParser().parseFromString(ooxml, "application/xml");
      if (pkg.getElementsByTagName("parsererror").length > 0) throw new Error("Fake Word: insertOoxml got XML that is not well-formed");
      const part = Array.from(pkg.getElementsByTagNameNS(PKG, "part")).find((p) => p.getAttributeNS(PKG, "name") === "/word/document.xml");
      const body = part?.getElementsByTagNameNS(W, "body")[0];
      if (!body) throw new Error("Fake Word: insertOoxml got a package without /word/document.xml");
      const blocks = wChildren(body).filter((c) => c.localName !== "sectPr").map((c) => this.xml.importNode(c, true));
      const parent = anchor.parentNode;
      const before = location === "Before" ? anchor : location === "After" || location === "End" ? anchor.nextSibling : anchor;
      for (const block of blocks) parent.insertBefore(block, before);
      if (location === "Replace") parent.removeChild(anchor);
      this.labels = null;
      return blocks.flatMap((b) => (b.localName === "p" ? [b] : Array.from(b.getElementsByTagNameNS(W, "p"))));
    }

    /** Content controls with the tag, outermost first: their element and the paragraphs inside. */
    controlsByTag(tag) {
      return Array.from(this.body.getElementsByTagNameNS(W, "sdt"))
        .filter((sdt) => {
          const pr = wChild(sdt, "sdtPr");
          return pr && wChild(pr, "tag")?.getAttributeNS(W, "val") === tag;
        })
        .map((sdt) => {
          const content = wChild(sdt, "sdtContent");
          const inline = content && !wChildren(content).some((c) => ["p", "tbl", "sdt"].includes(c.localName));
          let paragraphs;
          if (inline) {
            let p = sdt.parentNode;
            while (p && p.localName !== "p") p = p.parentNode;
            paragraphs = p ? [p] : [];
          } else {
            paragraphs = content ? Array.from(content.getElementsByTagNameNS(W, "p")).filter((p) => !insideTextBox(p, content)) : [];
          }
          return { element: sdt, paragraphs, text: inline ? content.textContent : paragraphs.map((p) => this.text(p)).join("\n") };
        });
    }

    /** The automatic numbering label of the paragraph (`II.`, `1.`), empty when it is not in a list. */
    listLabel(paragraph) {
      if (!this.labels) this.labels = this.computeLabels();
      return this.labels.get(paragraph) ?? "";
    }

    computeLabels() {
      const labels = new Map();
      const numberingXml = this.entries["word/numbering.xml"];
      if (!numberingXml) return labels;
      const numbering = new DOMParser().parseFromString(decoder.decode(numberingXml), "application/xml");
      const stylesXml = this.entries["word/styles.xml"];
      const styles = stylesXml ? new DOMParser().parseFromString(decoder.decode(stylesXml), "application/xml") : null;
      const val = (e) => e?.getAttributeNS(W, "val") ?? null;
      const abstracts = new Map(Array.from(numbering.getElementsByTagNameNS(W, "abstractNum")).map((a) => [a.getAttributeNS(W, "abstractNumId"), a]));
      const nums = new Map(Array.from(numbering.getElementsByTagNameNS(W, "num")).map((n) => [n.getAttributeNS(W, "numId"), val(wChild(n, "abstractNumId"))]));
      const styleNumPr = (styleId) => {
        if (!styles || !styleId) return null;
        const style = Array.from(styles.getElementsByTagNameNS(W, "style")).find((s) => s.getAttributeNS(W, "styleId") === styleId);
        const pPr = style && wChild(style, "pPr");
        const numPr = pPr && wChild(pPr, "numPr");
        if (numPr) return numPr;
        return style ? styleNumPr(val(wChild(style, "basedOn"))) : null;
      };
      const counters = new Map();
      const format = (n, fmt) => {
        if (fmt === "upperRoman" || fmt === "lowerRoman") {
          const table = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
          let out = "";
          for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
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
