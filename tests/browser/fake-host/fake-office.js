// A fake Office/Word host for the pane's browser tests, served in place of Microsoft's office.js. It is as strict as the
// Word it plays (window.__fakeOfficeConfig.host, see api-sets.js):
// - it exposes only the requirement sets of that Word version; a member of another set fails at context.sync() with
//   ApiNotFound, as Word does, and is recorded in __fakeWord.outsideSets;
// - a member newer than the sets the manifest declares (config.declared) that the pane did not feature-detect first
//   (Office.context.requirements.isSetSupported) is recorded in __fakeWord.undetected;
// - reads are queued by load() and readable only after sync(); writes are queued and applied at sync, in order;
// - the document is a real .docx (config.docxBase64) edited in its XML (ooxml-document.js), so getFileAsync returns the
//   document with the pane's changes; Body.insertFileFromBase64 drops the file's headers, footers and custom XML parts,
//   insertOoxml ignores custom XML parts, Document.insertFileFromBase64 imports custom XML parts only when asked.
// Everything the pane does is recorded in window.__fakeWord for the tests.
/* global ThiDuaFake */
(function () {
  "use strict";

  const { HOSTS, MEMBERS, INSERT_FILE_OPTIONS, versionAtLeast } = ThiDuaFake;
  const config = window.__fakeOfficeConfig || {};
  const host = HOSTS[config.host || "microsoft-365"];
  if (!host) throw new Error("Fake Office: unknown host " + config.host);
  const sets = { ...host.sets, ...(config.nestedAppAuth ? { NestedAppAuth: "1.1" } : {}), ...(config.sets || {}) };
  /** The requirement sets the manifest declares ({ WordApi: "1.3", … }): members within them need no detection. */
  const declared = config.declared || {};
  const bytes = Uint8Array.from(atob(config.docxBase64 || ""), (c) => c.charCodeAt(0));
  const doc = new ThiDuaFake.OoxmlDocument(bytes);
  /** Office.context.document.settings, kept by the document (they survive the pane's reloads and file inserts). */
  const settings = new Map(Object.entries(config.settings || {}));
  const savedSettings = new Map(settings);
  /** Sets the pane asked about and was told were there: name → highest version asked. */
  const detected = new Map();

  const recorder = {
    host: { id: config.host || "microsoft-365", name: host.name, sets },
    /** Every selection: the paragraph index and text selected, and how (paragraph, control, range). */
    selections: [],
    /** Every formatting property set: paragraph index, font/paragraph, property, value. */
    edits: [],
    /** Every text change: paragraph index, what was replaced and by what, and how (search hit or whole paragraph). */
    textChanges: [],
    /** Every insertOoxml call: anchor paragraph index, location and the OOXML. */
    ooxmlInserts: [],
    /** Every file insertion: which API (Body / Document), location, options, size. */
    fileInserts: [],
    /** Documents the pane created and opened in a new window (Application.createDocument(…).open()), as .docx bytes. */
    openedDocuments: [],
    /** Content controls the pane inserted: tag, title, inline or block, the paragraphs they hold. */
    insertedControls: [],
    /** Custom XML parts the pane added or deleted, and through which API. */
    customXmlChanges: [],
    /** One entry per Word.run: how many syncs it made. */
    runs: [],
    /** Members called, with how often: { "Paragraph.getRange": 3, … }. */
    calls: {},
    /** Members called that this Word does not have (they failed with ApiNotFound). */
    outsideSets: [],
    /** Members above the manifest's sets called without asking isSetSupported first. */
    undetected: [],
    /** Paragraph items read from Word (each paragraph of a loaded collection counts), and whole-body text reads. */
    paragraphReads: 0,
    bodyTextReads: 0,
    /** How many times getFileAsync was called, and how many file handles are still open. */
    fileRequests: 0,
    openFiles: 0,
    cursor: null,
    /** The text of every body paragraph now. */
    paragraphTexts: () => doc.paragraphs().map((p) => doc.text(p)),
    /** The XML of one body paragraph now. */
    paragraphXml: (index) => new XMLSerializer().serializeToString(doc.paragraphs()[index]),
    /** The document as a .docx now (base64), to assert on the package. */
    packageBase64: () => {
      const data = doc.toBytes();
      let binary = "";
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    /** The content controls of the body now: tag, title, inline, first paragraph index, text. */
    controls: () =>
      doc.controls().map((c) => ({
        tag: c.tag,
        title: c.title,
        inline: c.inline,
        paragraph: c.paragraphs[0] ? doc.indexOf(c.paragraphs[0]) : -1,
        text: c.text,
      })),
    /** The custom XML parts of the document now: id, namespace, XML. */
    customXmlParts: () => doc.customXmlParts().map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml })),
    /** The settings Word has saved in the document. */
    savedSettings: () => Object.fromEntries(savedSettings),
    /** Puts the cursor in the paragraph at `index` (first paragraph whose text contains `index` when it is a string). */
    setCursor(index) {
      const paragraphs = doc.paragraphs();
      const i = typeof index === "number" ? index : paragraphs.findIndex((p) => doc.text(p).includes(index));
      if (i < 0 || i >= paragraphs.length) throw new Error("Fake Word: no paragraph " + index);
      recorder.cursor = paragraphs[i];
      return i;
    },
  };
  recorder.cursor = doc.paragraphs()[0] || null;
  window.__fakeWord = recorder;

  function supports(name, version) {
    return name in sets && versionAtLeast(sets[name], version || "1.1");
  }

  function apiNotFound(member) {
    const error = new Error(`ApiNotFound: ${member} is not available in ${host.name}.`);
    error.code = "ApiNotFound";
    return error;
  }

  /**
   * Records a call of `member` and checks it against the host's sets. A member the host lacks fails: at the next sync
   * when `context` is given (Word API), at once otherwise (common API).
   */
  function use(member, context) {
    const set = MEMBERS[member];
    if (!set) throw new Error("Fake Office: no requirement set recorded for " + member);
    recorder.calls[member] = (recorder.calls[member] || 0) + 1;
    const [name, version] = set.split(" ");
    const covered =
      (name in declared && versionAtLeast(declared[name], version)) ||
      (detected.has(name) && versionAtLeast(detected.get(name), version));
    if (!covered && !recorder.undetected.some((u) => u.member === member)) recorder.undetected.push({ member, set });
    if (supports(name, version)) return;
    recorder.outsideSets.push({ member, set });
    if (context)
      context.enqueue(() => {
        throw apiNotFound(member);
      });
    else throw apiNotFound(member);
  }

  function notLoaded(name) {
    const error = new Error(
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    error.code = "PropertyNotLoaded";
    return error;
  }

  function itemNotFound(what) {
    const error = new Error("ItemNotFound: " + what);
    error.code = "ItemNotFound";
    return error;
  }

  /** What a load() call asks for: property names (of the object or of its items), and $top/$skip for collections. */
  function parseLoad(options) {
    let names = [];
    let top;
    let skip;
    if (typeof options === "string" || Array.isArray(options))
      names = Array.isArray(options) ? options : options.split(",");
    else if (options && typeof options === "object") {
      if (options.select) names = Array.isArray(options.select) ? options.select : String(options.select).split(",");
      top = options.top ?? options.$top;
      skip = options.skip ?? options.$skip;
      for (const [key, value] of Object.entries(options))
        if (!["select", "expand", "top", "skip", "$top", "$skip"].includes(key) && value) names.push(key);
    }
    return { names: names.map((p) => p.trim().replace(/^items\//, "")).filter(Boolean), top, skip };
  }

  class RequestContext {
    constructor(run) {
      this.run = run;
      this.queue = [];
      this.document = new DocumentProxy(this);
    }

    get application() {
      use("RequestContext.application", this);
      return new ApplicationProxy(this);
    }

    enqueue(op) {
      this.queue.push(op);
    }

    async sync() {
      this.run.syncs += 1;
      await new Promise((r) => setTimeout(r, 0));
      const queue = this.queue;
      this.queue = [];
      for (const op of queue) op();
    }
  }

  /** Base of loadable proxies: values are snapshots taken at sync. */
  class ClientObject {
    constructor(ctx) {
      this.context = ctx;
      this.loaded = new Map();
    }

    load(options) {
      const request = parseLoad(options);
      this.context.enqueue(() => this.materialize(request.names, request));
      return this;
    }

    materialize() {}

    value(name) {
      if (!this.loaded.has(name)) throw notLoaded(name);
      return this.loaded.get(name);
    }
  }

  /** A value known after sync (`ClientResult`). */
  class ClientResult {
    constructor(ctx, compute) {
      this.loaded = false;
      ctx.enqueue(() => {
        this.result = compute();
        this.loaded = true;
      });
    }

    get value() {
      if (!this.loaded) throw notLoaded("value");
      return this.result;
    }
  }

  function defineWriters(proxyClass, names, member, apply) {
    for (const name of names) {
      Object.defineProperty(proxyClass.prototype, name, {
        configurable: true,
        enumerable: true,
        get() {
          return this.value(name);
        },
        set(v) {
          use(member, this.context);
          this.context.enqueue(() => apply(this, name, v));
        },
      });
    }
  }

  class FontProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }
  }
  defineWriters(
    FontProxy,
    ["name", "size", "bold", "italic", "underline", "color", "highlightColor"],
    "Font.set",
    (font, name, value) => {
      for (const p of font.resolve()) {
        recorder.edits.push({ paragraph: doc.indexOf(p), text: doc.text(p), target: "font", property: name, value });
        doc.setFont(p, name, value);
      }
    },
  );

  class ListItemProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      const p = this.resolve();
      if (names.includes("listString")) {
        use("ListItem.listString", this.context);
        this.loaded.set("listString", doc.listLabel(p));
      }
      if (names.includes("level")) this.loaded.set("level", 0);
    }

    get listString() {
      return this.value("listString");
    }
  }

  /**
   * A range: whole paragraphs, or a stretch [start, end) of one paragraph (start/end offsets in its text; a point when
   * they are equal). `resolve()` gives { paragraphs, start, end } at sync time.
   */
  class RangeProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    span() {
      const r = this.resolve();
      if (!r.paragraphs.length) throw itemNotFound("range");
      return r;
    }

    materialize(names) {
      if (names.includes("text")) {
        use("Range.text", this.context);
        const { paragraphs, start, end } = this.span();
        const texts = paragraphs.map((p) => doc.text(p));
        if (start != null) texts[0] = texts[0].slice(start, paragraphs.length === 1 ? (end ?? undefined) : undefined);
        if (end != null && paragraphs.length > 1) texts[texts.length - 1] = texts.at(-1).slice(0, end);
        this.loaded.set("text", texts.join("\r"));
      }
    }

    get text() {
      return this.value("text");
    }

    get paragraphs() {
      use("Range.paragraphs", this.context);
      return new ParagraphCollectionProxy(this.context, () => this.span().paragraphs);
    }

    expandTo(other) {
      use("Range.expandTo", this.context);
      return new RangeProxy(this.context, () => {
        const a = this.span();
        const b = other.span();
        const key = (p, offset) => [doc.indexOf(p), offset];
        const first = [key(a.paragraphs[0], a.start ?? 0), key(b.paragraphs[0], b.start ?? 0)].sort(
          (x, y) => x[0] - y[0] || x[1] - y[1],
        )[0];
        const lastA = [doc.indexOf(a.paragraphs.at(-1)), a.end ?? Infinity];
        const lastB = [doc.indexOf(b.paragraphs.at(-1)), b.end ?? Infinity];
        const last = [lastA, lastB].sort((x, y) => y[0] - x[0] || y[1] - x[1])[0];
        const all = doc.paragraphs().slice(first[0], last[0] + 1);
        const whole = first[1] === 0 && last[1] === Infinity;
        return { paragraphs: all, start: whole ? null : first[1], end: last[1] === Infinity ? null : last[1] };
      });
    }

    getRange(location) {
      use("Range.getRange", this.context);
      return new RangeProxy(this.context, () => {
        const r = this.span();
        if (location === "Start") return { paragraphs: [r.paragraphs[0]], start: r.start ?? 0, end: r.start ?? 0 };
        if (location === "End") {
          const last = r.paragraphs.at(-1);
          const end = r.end ?? doc.text(last).length;
          return { paragraphs: [last], start: end, end };
        }
        return r;
      });
    }

    select(mode) {
      use("Range.select", this.context);
      this.context.enqueue(() => {
        const { paragraphs } = this.span();
        const p = mode === "End" ? paragraphs.at(-1) : paragraphs[0];
        recorder.cursor = p;
        recorder.selections.push({
          via: "range",
          mode: mode || "Select",
          paragraph: doc.indexOf(p),
          text: doc.text(p),
        });
      });
    }

    insertText(text, location) {
      use("Range.insertText", this.context);
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: range insertText supports Replace only");
        const { paragraphs, start, end } = this.span();
        const p = paragraphs[0];
        if (paragraphs.length === 1 && start != null) {
          const before = doc.text(p).slice(start, end);
          doc.replaceAt(p, start, end - start, text);
          recorder.textChanges.push({ via: "range", paragraph: doc.indexOf(p), find: before, replaceWith: text });
        } else {
          recorder.textChanges.push({
            via: "paragraph",
            paragraph: doc.indexOf(p),
            find: doc.text(p),
            replaceWith: text,
          });
          doc.setText(p, text);
        }
      });
      return this;
    }

    search(text, options) {
      use("Range.search", this.context);
      return new RangeCollectionProxy(this.context, () => {
        const r = this.span();
        return searchIn(r.paragraphs, text, options).filter(
          (hit) =>
            r.paragraphs.length > 1 || r.start == null || (hit.start >= r.start && hit.end <= (r.end ?? Infinity)),
        );
      });
    }

    insertOoxml(ooxml, location) {
      use("Range.insertOoxml", this.context);
      let inserted = [];
      this.context.enqueue(() => {
        const { paragraphs } = this.span();
        const anchor = location === "Before" || location === "Start" ? paragraphs[0] : paragraphs.at(-1);
        recorder.ooxmlInserts.push({ paragraph: doc.indexOf(anchor), location, ooxml });
        inserted = doc.insertOoxml(anchor, ooxml, location);
      });
      return new RangeProxy(this.context, () => ({ paragraphs: inserted, start: null, end: null }));
    }

    insertContentControl() {
      use("Range.insertContentControl", this.context);
      return insertControl(this.context, () => this.span());
    }
  }

  /** Every hit of a Word search in `paragraphs`: { paragraphs: [p], start, end }. */
  function searchIn(paragraphs, text, options) {
    // Word's search syntax: ^^ is a caret, ^t a tab, ^l a manual line break.
    const find = text.replace(/\^\^|\^t|\^l/g, (code) => ({ "^^": "^", "^t": "\t", "^l": "\v" })[code]);
    if (find.length > 255) throw new Error("Fake Word: search text longer than 255 characters");
    return paragraphs.flatMap((p) =>
      doc
        .search(p, find, options?.matchCase === true)
        .map((h) => ({ paragraphs: [p], start: h.start, end: h.start + h.length })),
    );
  }

  /** Wraps what `resolve` gives in a content control at sync; @returns the control's proxy. */
  function insertControl(context, resolve) {
    let element = null;
    context.enqueue(() => {
      const { paragraphs, start, end } = resolve();
      const p = paragraphs[0];
      // A stretch of text (a search hit: no paragraph mark) gets an inline control; whole paragraphs a block control.
      const partial = paragraphs.length === 1 && start != null;
      element = partial ? doc.wrapInline(p, start, end - start) : doc.wrapBlock(p, paragraphs.at(-1));
      recorder.insertedControls.push({
        inline: partial,
        paragraph: doc.indexOf(p),
        last: doc.indexOf(paragraphs.at(-1)),
        element,
      });
    });
    return new ContentControlProxy(context, () => {
      if (!element) throw itemNotFound("content control");
      const control = doc.controls().find((c) => c.element === element);
      if (!control) throw itemNotFound("content control");
      return control;
    });
  }

  class RangeCollectionProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      use("RangeCollection.items", this.context);
      const items = this.resolve().map((hit) => {
        const proxy = new RangeProxy(this.context, () => hit);
        proxy.materialize(names);
        return proxy;
      });
      this.loaded.set("items", items);
    }

    get items() {
      return this.value("items");
    }

    getFirst() {
      use("RangeCollection.getFirst", this.context);
      return new RangeProxy(this.context, () => {
        const hit = this.resolve()[0];
        if (!hit) throw itemNotFound("search result");
        return hit;
      });
    }
  }

  class ParagraphProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
      this.font = new FontProxy(ctx, () => [this.element()]);
    }

    element() {
      const p = this.resolve();
      if (!p) throw itemNotFound("paragraph");
      return p;
    }

    whole() {
      return { paragraphs: [this.element()], start: null, end: null };
    }

    materialize(names) {
      const p = this.element();
      if (names.includes("text")) {
        use("Paragraph.text", this.context);
        this.loaded.set("text", doc.text(p));
      }
      if (names.includes("isListItem")) {
        use("Paragraph.isListItem", this.context);
        this.loaded.set("isListItem", doc.listLabel(p) !== "");
      }
    }

    get text() {
      return this.value("text");
    }

    get isListItem() {
      return this.value("isListItem");
    }

    get listItem() {
      use("Paragraph.listItem", this.context);
      if (this.loaded.get("isListItem") === false) throw itemNotFound("listItem");
      return new ListItemProxy(this.context, () => this.element());
    }

    select(mode) {
      use("Paragraph.select", this.context);
      this.context.enqueue(() => {
        const p = this.element();
        recorder.cursor = p;
        recorder.selections.push({
          via: "paragraph",
          mode: mode || "Select",
          paragraph: doc.indexOf(p),
          text: doc.text(p),
        });
      });
    }

    insertText(text, location) {
      use("Paragraph.insertText", this.context);
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: paragraph insertText supports Replace only");
        const p = this.element();
        recorder.textChanges.push({
          via: "paragraph",
          paragraph: doc.indexOf(p),
          find: doc.text(p),
          replaceWith: text,
        });
        doc.setText(p, text);
      });
      return new RangeProxy(this.context, () => this.whole());
    }

    search(text, options) {
      use("Paragraph.search", this.context);
      return new RangeCollectionProxy(this.context, () => searchIn([this.element()], text, options));
    }

    getRange(location) {
      use("Paragraph.getRange", this.context);
      return new RangeProxy(this.context, () => {
        const p = this.element();
        if (location === "Start") return { paragraphs: [p], start: 0, end: 0 };
        if (location === "End") {
          const n = doc.text(p).length;
          return { paragraphs: [p], start: n, end: n };
        }
        return { paragraphs: [p], start: null, end: null };
      });
    }

    insertOoxml(ooxml, location) {
      use("Paragraph.insertOoxml", this.context);
      let inserted = [];
      this.context.enqueue(() => {
        const p = this.element();
        recorder.ooxmlInserts.push({ paragraph: doc.indexOf(p), location, ooxml });
        inserted = doc.insertOoxml(p, ooxml, location);
      });
      return new RangeProxy(this.context, () => ({ paragraphs: inserted, start: null, end: null }));
    }

    insertContentControl() {
      use("Paragraph.insertContentControl", this.context);
      return insertControl(this.context, () => this.whole());
    }
  }
  defineWriters(
    ParagraphProxy,
    ["alignment", "firstLineIndent", "leftIndent", "spaceBefore", "spaceAfter", "lineSpacing"],
    "Paragraph.format",
    (proxy, name, value) => {
      const p = proxy.element();
      recorder.edits.push({ paragraph: doc.indexOf(p), text: doc.text(p), target: "paragraph", property: name, value });
      doc.setParagraphFormat(p, name, value);
    },
  );

  class ParagraphCollectionProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names, request) {
      use("ParagraphCollection.items", this.context);
      let list = this.resolve();
      const skip = request?.skip ?? 0;
      list = list.slice(skip, request?.top != null ? skip + request.top : undefined);
      recorder.paragraphReads += list.length;
      const items = list.map((p) => {
        const proxy = new ParagraphProxy(this.context, () => p);
        proxy.materialize(names);
        return proxy;
      });
      this.loaded.set("items", items);
    }

    get items() {
      return this.value("items");
    }

    getFirst() {
      use("ParagraphCollection.getFirst", this.context);
      return new ParagraphProxy(this.context, () => this.resolve()[0]);
    }
  }

  class ContentControlProxy extends ClientObject {
    /** @param resolve () => a control of doc.controls() */
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      const control = this.resolve();
      if (names.includes("text")) {
        use("ContentControl.text", this.context);
        this.loaded.set("text", control.text);
      }
      if (names.includes("tag")) this.loaded.set("tag", control.tag);
      if (names.includes("title")) this.loaded.set("title", control.title);
    }

    get text() {
      return this.value("text");
    }

    select(mode) {
      use("ContentControl.select", this.context);
      this.context.enqueue(() => {
        const control = this.resolve();
        const p = control.paragraphs[0];
        recorder.cursor = p || recorder.cursor;
        recorder.selections.push({
          via: "control",
          tag: control.tag,
          mode: mode || "Select",
          paragraph: p ? doc.indexOf(p) : -1,
          text: control.text,
        });
      });
    }
  }
  for (const [property, member] of [
    ["tag", "ContentControl.tag"],
    ["title", "ContentControl.title"],
    ["appearance", "ContentControl.appearance"],
    ["cannotDelete", "ContentControl.cannotDelete"],
  ]) {
    Object.defineProperty(ContentControlProxy.prototype, property, {
      configurable: true,
      get() {
        return this.value(property);
      },
      set(v) {
        use(member, this.context);
        this.context.enqueue(() => {
          const control = this.resolve();
          doc.setControlProperty(control.element, property, v);
          const inserted = recorder.insertedControls.find((c) => c.element === control.element);
          if (inserted) inserted[property] = v;
        });
      },
    });
  }

  class ContentControlCollectionProxy extends ClientObject {
    constructor(ctx, tag) {
      super(ctx);
      this.tag = tag;
    }

    materialize(names) {
      use("ContentControlCollection.items", this.context);
      const items = doc.controlsByTag(this.tag).map((c) => {
        const proxy = new ContentControlProxy(this.context, () => c);
        proxy.materialize(names);
        return proxy;
      });
      this.loaded.set("items", items);
    }

    get items() {
      return this.value("items");
    }
  }

  class BodyProxy extends ClientObject {
    materialize(names) {
      if (names.includes("text")) {
        use("Body.text", this.context);
        recorder.bodyTextReads += 1;
        recorder.paragraphReads += doc.paragraphs().length;
        this.loaded.set(
          "text",
          doc
            .paragraphs()
            .map((p) => doc.text(p))
            .join("\r"),
        );
      }
    }

    get text() {
      return this.value("text");
    }

    get paragraphs() {
      use("Body.paragraphs", this.context);
      return new ParagraphCollectionProxy(this.context, () => doc.paragraphs());
    }

    getRange(location) {
      use("Body.getRange", this.context);
      return new RangeProxy(this.context, () => {
        const all = doc.paragraphs();
        if (location === "Start") return { paragraphs: all.slice(0, 1), start: 0, end: 0 };
        if (location === "End") {
          const n = doc.text(all.at(-1)).length;
          return { paragraphs: all.slice(-1), start: n, end: n };
        }
        return { paragraphs: all, start: null, end: null };
      });
    }

    search(text, options) {
      use("Body.search", this.context);
      return new RangeCollectionProxy(this.context, () => searchIn(doc.paragraphs(), text, options));
    }

    insertOoxml(ooxml, location) {
      use("Body.insertOoxml", this.context);
      let inserted = [];
      this.context.enqueue(() => {
        const all = doc.paragraphs();
        const anchor = location === "Start" ? all[0] : all.at(-1);
        const where = location === "Start" ? "Before" : location === "End" ? "After" : "Replace";
        recorder.ooxmlInserts.push({ paragraph: doc.indexOf(anchor), location, ooxml });
        inserted = doc.insertOoxml(anchor, ooxml, where);
      });
      return new RangeProxy(this.context, () => ({ paragraphs: inserted, start: null, end: null }));
    }

    insertFileFromBase64(base64, location) {
      use("Body.insertFileFromBase64", this.context);
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: Body.insertFileFromBase64 supports Replace only");
        const file = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        recorder.fileInserts.push({ api: "Body.insertFileFromBase64", location, size: file.length });
        doc.insertBodyFrom(file);
        recorder.cursor = doc.paragraphs()[0] || null;
      });
      return new RangeProxy(this.context, () => ({ paragraphs: doc.paragraphs(), start: null, end: null }));
    }
  }

  class CustomXmlPartProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      const part = this.resolve();
      if (names.includes("id")) {
        use("CustomXmlPart.id", this.context);
        this.loaded.set("id", part.id);
      }
      if (names.includes("namespaceUri")) this.loaded.set("namespaceUri", part.namespaceUri);
    }

    get id() {
      return this.value("id");
    }

    getXml() {
      use("CustomXmlPart.getXml", this.context);
      return new ClientResult(this.context, () => this.resolve().xml);
    }

    delete() {
      use("CustomXmlPart.delete", this.context);
      this.context.enqueue(() => {
        const part = this.resolve();
        doc.deleteCustomXmlPart(part.id);
        recorder.customXmlChanges.push({ api: "Word", change: "delete", id: part.id });
      });
    }
  }

  class CustomXmlPartScopedCollectionProxy extends ClientObject {
    constructor(ctx, namespaceUri) {
      super(ctx);
      this.namespaceUri = namespaceUri;
    }

    materialize(names) {
      use("CustomXmlPartScopedCollection.items", this.context);
      const items = doc
        .customXmlParts()
        .filter((p) => p.namespaceUri === this.namespaceUri)
        .map((p) => {
          const proxy = new CustomXmlPartProxy(this.context, () => {
            const now = doc.customXmlParts().find((q) => q.id === p.id);
            if (!now) throw itemNotFound("custom XML part");
            return now;
          });
          proxy.materialize(names);
          return proxy;
        });
      this.loaded.set("items", items);
    }

    get items() {
      return this.value("items");
    }
  }

  class CustomXmlPartCollectionProxy extends ClientObject {
    add(xml) {
      use("CustomXmlPartCollection.add", this.context);
      let id = null;
      this.context.enqueue(() => {
        id = doc.addCustomXmlPart(xml);
        recorder.customXmlChanges.push({ api: "Word", change: "add", id });
      });
      return new CustomXmlPartProxy(this.context, () => doc.customXmlParts().find((p) => p.id === id));
    }

    getByNamespace(namespaceUri) {
      use("CustomXmlPartCollection.getByNamespace", this.context);
      return new CustomXmlPartScopedCollectionProxy(this.context, namespaceUri);
    }
  }

  class DocumentProxy extends ClientObject {
    constructor(ctx) {
      super(ctx);
      this.bodyProxy = new BodyProxy(ctx);
    }

    get body() {
      use("Document.body", this.context);
      return this.bodyProxy;
    }

    get contentControls() {
      use("Document.contentControls", this.context);
      return {
        getByTag: (tag) => (
          use("ContentControlCollection.getByTag", this.context),
          new ContentControlCollectionProxy(this.context, tag)
        ),
      };
    }

    get customXmlParts() {
      use("Document.customXmlParts", this.context);
      return new CustomXmlPartCollectionProxy(this.context);
    }

    getSelection() {
      use("Document.getSelection", this.context);
      return new RangeProxy(this.context, () => {
        const p = recorder.cursor && doc.indexOf(recorder.cursor) >= 0 ? recorder.cursor : doc.paragraphs().at(-1);
        return { paragraphs: [p], start: null, end: null };
      });
    }

    insertFileFromBase64(base64, location, options) {
      use("Document.insertFileFromBase64", this.context);
      for (const [option, on] of Object.entries(options || {})) {
        const set = INSERT_FILE_OPTIONS[option];
        if (!set) throw new Error("Fake Word: unknown insert option " + option);
        const [name, version] = set.split(" ");
        const covered = detected.has(name) && versionAtLeast(detected.get(name), version);
        if (on && !covered && !recorder.undetected.some((u) => u.member === option))
          recorder.undetected.push({ member: option, set });
        if (on && !supports(name, version)) {
          recorder.outsideSets.push({ member: `InsertFileOptions.${option}`, set });
          this.context.enqueue(() => {
            throw apiNotFound(`InsertFileOptions.${option}`);
          });
        }
      }
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: Document.insertFileFromBase64 supports Replace only");
        const file = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        recorder.fileInserts.push({
          api: "Document.insertFileFromBase64",
          location,
          options: options || {},
          size: file.length,
        });
        doc.replaceWithFile(file, options);
        recorder.cursor = doc.paragraphs()[0] || null;
      });
    }
  }

  class ApplicationProxy extends ClientObject {
    createDocument(base64) {
      use("Application.createDocument", this.context);
      const context = this.context;
      return {
        open() {
          use("DocumentCreated.open", context);
          context.enqueue(() => recorder.openedDocuments.push({ base64 }));
        },
      };
    }
  }

  // Nested app authentication: with config.nestedAppAuth = { brokerUrl, silent }, the host's bridge as MSAL.js speaks
  // to it (window.nestedAppAuthBridge, JSON envelopes NestedAppAuthRequest/NestedAppAuthResponse). Token requests go to
  // the test's identity stand-in (brokerUrl), which plays the host's broker; `silent: false` makes GetToken ask for
  // interaction, as a host whose user has not signed in would. Every request is recorded in __fakeWord.authRequests.
  recorder.authRequests = [];
  if (config.nestedAppAuth) {
    const naa = config.nestedAppAuth;
    const listeners = new Set();
    const answer = async (request) => {
      if (request.method === "GetInitContext") {
        return {
          success: true,
          initContext: { sdkName: "fake-office", sdkVersion: "1.0.0", capabilities: { queryAccount: false } },
        };
      }
      if (request.method === "GetToken" && naa.silent === false) {
        return {
          success: false,
          error: {
            status: "USER_INTERACTION_REQUIRED",
            code: "interaction_required",
            description: "Fake Office: sign in first",
          },
        };
      }
      const response = await fetch(naa.brokerUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request.tokenParams || {}),
      });
      const body = await response.json();
      if (!response.ok)
        return {
          success: false,
          error: { status: "PERSISTENT_ERROR", code: body.error, description: body.error_description },
        };
      return {
        success: true,
        token: {
          access_token: body.access_token,
          id_token: body.id_token,
          expires_in: body.expires_in,
          scope: body.scope,
          properties: null,
        },
        account: body.account,
      };
    };
    window.nestedAppAuthBridge = {
      addEventListener(name, callback) {
        if (name === "message") listeners.add(callback);
      },
      removeEventListener(name, callback) {
        listeners.delete(callback);
      },
      postMessage(text) {
        const request = JSON.parse(text);
        const params = request.tokenParams || {};
        recorder.authRequests.push({ method: request.method, clientId: params.clientId, scope: params.scope });
        answer(request)
          .catch((error) => ({
            success: false,
            error: { status: "TRANSIENT_ERROR", code: "fake_bridge", description: String(error) },
          }))
          .then((response) => {
            const envelope = JSON.stringify({
              messageType: "NestedAppAuthResponse",
              requestId: request.requestId,
              ...response,
            });
            for (const listener of listeners) listener(envelope);
          });
      },
    };
  }

  const succeeded = (value) => ({ status: "succeeded", value });
  const failed = (message, code) => ({ status: "failed", error: { message, code } });
  const later = (fn) => setTimeout(fn, 0);

  // The Office dialog API: with config.dialog = { brokerUrl }, displayDialogAsync opens nothing but answers as the
  // pane's sign-in dialog page (auth-dialog.html) would after MSAL's redirect flow: a DialogMessageReceived carrying the
  // token the identity stand-in (brokerUrl) issues; with config.dialog = { blocked: true } it fails with Office's 12011
  // (the browser blocked the dialog). The opened URLs are recorded in __fakeWord.dialogs.
  recorder.dialogs = [];
  const dialogApi = config.dialog
    ? {
        displayDialogAsync(url, options, callback) {
          if (typeof options === "function") [options, callback] = [{}, options];
          recorder.dialogs.push(url);
          if (config.dialog.blocked) {
            later(() => callback(failed("Fake Office: blocked", 12011)));
            return;
          }
          const handlers = {};
          const dialog = {
            addEventHandler(type, handler) {
              handlers[type] = handler;
            },
            close() {},
          };
          later(() => callback(succeeded(dialog)));
          fetch(config.dialog.brokerUrl, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ clientId: config.dialog.clientId, scope: config.dialog.scope }),
          })
            .then((response) => response.json())
            .then((body) => {
              const message = JSON.stringify({
                status: "success",
                accessToken: body.access_token,
                expiresOn: Date.now() + body.expires_in * 1000,
              });
              handlers.dialogMessageReceived({ message, origin: window.location.origin });
            });
        },
      }
    : undefined;

  /** A part of the common API's CustomXmlParts set (Office.CustomXmlPart). */
  function commonPart(part) {
    return {
      id: part.id,
      namespaceUri: part.namespaceUri,
      getXmlAsync(options, callback) {
        if (typeof options === "function") callback = options;
        use("CustomXmlPart.getXmlAsync");
        const now = doc.customXmlParts().find((p) => p.id === part.id);
        later(() => callback(now ? succeeded(now.xml) : failed("Fake Office: the part was deleted")));
      },
      deleteAsync(options, callback) {
        if (typeof options === "function") callback = options;
        use("CustomXmlPart.deleteAsync");
        const deleted = doc.deleteCustomXmlPart(part.id);
        if (deleted) recorder.customXmlChanges.push({ api: "Common", change: "delete", id: part.id });
        later(() => callback?.(deleted ? succeeded(undefined) : failed("Fake Office: no such part")));
      },
    };
  }

  const officeTheme =
    config.officeTheme === null
      ? undefined
      : config.officeTheme ||
        (host.platform === "OfficeOnline"
          ? undefined
          : {
              themeId: "Colorful",
              isDarkTheme: false,
              bodyBackgroundColor: "#FFFFFF",
              bodyForegroundColor: "#000000",
              controlBackgroundColor: "#FFFFFF",
              controlForegroundColor: "#000000",
            });

  window.Word = {
    async run(batch) {
      const run = { syncs: 0 };
      recorder.runs.push(run);
      const context = new RequestContext(run);
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    },
  };

  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    ThemeId: { Colorful: "Colorful", DarkGray: "DarkGray", Black: "Black", White: "White" },
    onReady(callback) {
      const info = { host: config.host === "excel" ? "Excel" : config.hostType || "Word", platform: host.platform };
      const ready = new Promise((resolve) => later(() => resolve(info)));
      if (callback) ready.then(callback);
      return ready;
    },
    context: {
      ui: dialogApi,
      officeTheme,
      requirements: {
        isSetSupported(name, version) {
          const answer = supports(name, version || "1.1");
          if (answer && (!detected.has(name) || versionAtLeast(version || "1.1", detected.get(name))))
            detected.set(name, version || "1.1");
          return answer;
        },
      },
      document: {
        settings: {
          get(name) {
            use("Settings.get");
            return settings.has(name) ? settings.get(name) : null;
          },
          set(name, value) {
            use("Settings.set");
            settings.set(name, JSON.parse(JSON.stringify(value)));
          },
          remove(name) {
            use("Settings.remove");
            settings.delete(name);
          },
          saveAsync(options, callback) {
            if (typeof options === "function") callback = options;
            use("Settings.saveAsync");
            savedSettings.clear();
            for (const [k, v] of settings) savedSettings.set(k, v);
            later(() => callback?.(succeeded(undefined)));
          },
        },
        customXmlParts: {
          addAsync(xml, options, callback) {
            if (typeof options === "function") callback = options;
            use("CustomXmlParts.addAsync");
            const id = doc.addCustomXmlPart(xml);
            recorder.customXmlChanges.push({ api: "Common", change: "add", id });
            const part = doc.customXmlParts().find((p) => p.id === id);
            later(() => callback?.(succeeded(commonPart(part))));
          },
          getByNamespaceAsync(ns, options, callback) {
            if (typeof options === "function") callback = options;
            use("CustomXmlParts.getByNamespaceAsync");
            const parts = doc
              .customXmlParts()
              .filter((p) => p.namespaceUri === ns)
              .map(commonPart);
            later(() => callback(succeeded(parts)));
          },
        },
        getFileAsync(fileType, options, callback) {
          if (typeof options === "function") [options, callback] = [{}, options];
          use("Document.getFileAsync");
          recorder.fileRequests += 1;
          if (fileType !== "compressed") {
            later(() => callback(failed("Fake Word: only Compressed is supported")));
            return;
          }
          const data = doc.toBytes();
          const sliceSize = Math.min((options && options.sliceSize) || 4194304, 4194304);
          const sliceCount = Math.max(1, Math.ceil(data.length / sliceSize));
          recorder.openFiles += 1;
          recorder.slicesRead = recorder.slicesRead || 0;
          const file = {
            size: data.length,
            sliceCount,
            getSliceAsync(index, cb) {
              recorder.slicesRead += 1;
              const slice = data.subarray(index * sliceSize, (index + 1) * sliceSize);
              later(() => cb(succeeded({ data: Array.from(slice), index, size: slice.length })));
            },
            closeAsync(cb) {
              recorder.openFiles -= 1;
              later(() => cb && cb(succeeded(undefined)));
            },
          };
          later(() => callback(succeeded(file)));
        },
      },
    },
  };
})();
