// A fake Office/Word host for the pane's browser tests, served in place of Microsoft's office.js.
// It implements the part of Office.js the pane's Word adapter (addin/src/word/) uses, with Office's batching model:
// reads are queued by load() and only readable after context.sync(); writes are queued and applied at sync, in order.
// The document is a real .docx (window.__fakeOfficeConfig.docxBase64) edited in its XML, so getFileAsync returns the
// document with the pane's changes. Everything the pane does is recorded in window.__fakeWord for the tests.
/* global ThiDuaFake */
(function () {
  "use strict";

  const config = window.__fakeOfficeConfig || {};
  const bytes = Uint8Array.from(atob(config.docxBase64 || ""), (c) => c.charCodeAt(0));
  const doc = new ThiDuaFake.OoxmlDocument(bytes);
  const sets = config.sets || { WordApi: "1.8", CompressedFile: "1.1" };

  const recorder = {
    /** Every selection: the paragraph index and text selected, and how (paragraph, control, range). */
    selections: [],
    /** Every formatting property set: paragraph index, font/paragraph, property, value. */
    edits: [],
    /** Every text change: paragraph index, what was replaced and by what. */
    textChanges: [],
    /** Every insertOoxml call: anchor paragraph index, location and the OOXML. */
    ooxmlInserts: [],
    /** Every insertFileFromBase64 call (size of the inserted .docx). */
    fileInserts: [],
    /** One entry per Word.run: how many syncs it made. */
    runs: [],
    /** How many times getFileAsync was called, and how many file handles are still open. */
    fileRequests: 0,
    openFiles: 0,
    cursor: null,
    /** The text of every body paragraph now. */
    paragraphTexts: () => doc.paragraphs().map((p) => doc.text(p)),
    /** The XML of one body paragraph now. */
    paragraphXml: (index) => new XMLSerializer().serializeToString(doc.paragraphs()[index]),
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

  /** The property names a load() call asks for, for the object itself (`text`) or its items (`items/text`). */
  function parseLoad(props) {
    const list = (Array.isArray(props) ? props : String(props || "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    return list.map((p) => p.replace(/^items\//, ""));
  }

  class RequestContext {
    constructor(run) {
      this.run = run;
      this.queue = [];
      this.document = new DocumentProxy(this);
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

    load(props) {
      const names = parseLoad(props);
      this.context.enqueue(() => this.materialize(names));
      return this;
    }

    value(name) {
      if (!this.loaded.has(name)) throw notLoaded(name);
      return this.loaded.get(name);
    }
  }

  function defineWriters(proxyClass, names, apply) {
    for (const name of names) {
      Object.defineProperty(proxyClass.prototype, name, {
        configurable: true,
        enumerable: true,
        get() {
          return this.value(name);
        },
        set(v) {
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

    materialize() {}
  }
  defineWriters(FontProxy, ["name", "size", "bold", "italic", "underline", "color", "highlightColor"], (font, name, value) => {
    for (const p of font.resolve()) {
      recorder.edits.push({ paragraph: doc.indexOf(p), text: doc.text(p), target: "font", property: name, value });
      doc.setFont(p, name, value);
    }
  });

  class ListItemProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      const p = this.resolve();
      if (names.includes("listString")) this.loaded.set("listString", doc.listLabel(p));
      if (names.includes("level")) this.loaded.set("level", 0);
    }

    get listString() {
      return this.value("listString");
    }
  }

  class RangeProxy extends ClientObject {
    /** @param resolve () => the paragraphs the range covers, in order */
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      if (names.includes("text")) this.loaded.set("text", this.resolve().map((p) => doc.text(p)).join("\r"));
    }

    get text() {
      return this.value("text");
    }

    get paragraphs() {
      return new ParagraphCollectionProxy(this.context, this.resolve);
    }

    expandTo(other) {
      return new RangeProxy(this.context, () => {
        const all = doc.paragraphs();
        const mine = this.resolve();
        const theirs = other.resolve();
        const indices = [...mine, ...theirs].map((p) => all.indexOf(p)).filter((i) => i >= 0);
        return all.slice(Math.min(...indices), Math.max(...indices) + 1);
      });
    }

    select(mode) {
      this.context.enqueue(() => {
        const ps = this.resolve();
        const p = mode === "End" || mode === "Start" ? (mode === "End" ? ps[ps.length - 1] : ps[0]) : ps[0];
        if (!p) throw itemNotFound("range");
        recorder.cursor = p;
        recorder.selections.push({ via: "range", mode: mode || "Select", paragraph: doc.indexOf(p), text: doc.text(p) });
      });
    }

    insertOoxml(ooxml, location) {
      let inserted = [];
      this.context.enqueue(() => {
        const ps = this.resolve();
        const anchor = location === "Before" || location === "Start" ? ps[0] : ps[ps.length - 1];
        if (!anchor) throw itemNotFound("range");
        recorder.ooxmlInserts.push({ paragraph: doc.indexOf(anchor), location, ooxml });
        inserted = doc.insertOoxml(anchor, ooxml, location);
      });
      return new RangeProxy(this.context, () => inserted);
    }
  }

  /** The first match of a search inside one paragraph. */
  class SearchResultProxy extends RangeProxy {
    constructor(ctx, resolveParagraph, find) {
      super(ctx, () => [resolveParagraph()]);
      this.find = find;
    }

    insertText(text, location) {
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: search result insertText supports Replace only");
        const p = this.resolve()[0];
        if (!doc.replaceText(p, this.find, text)) throw itemNotFound(`search "${this.find}"`);
        recorder.textChanges.push({ paragraph: doc.indexOf(p), find: this.find, replaceWith: text });
      });
      return this;
    }
  }

  class SearchCollectionProxy extends ClientObject {
    constructor(ctx, resolveParagraph, text) {
      super(ctx);
      this.resolveParagraph = resolveParagraph;
      // Word's search syntax: ^^ is a literal caret.
      this.find = text.replace(/\^\^/g, "^");
    }

    getFirst() {
      return new SearchResultProxy(this.context, this.resolveParagraph, this.find);
    }
  }

  class ParagraphProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
      this.font = new FontProxy(ctx, () => [this.resolve()]);
    }

    element() {
      const p = this.resolve();
      if (!p) throw itemNotFound("paragraph");
      return p;
    }

    materialize(names) {
      const p = this.element();
      if (names.includes("text")) this.loaded.set("text", doc.text(p));
      if (names.includes("isListItem")) this.loaded.set("isListItem", doc.listLabel(p) !== "");
    }

    get text() {
      return this.value("text");
    }

    get isListItem() {
      return this.value("isListItem");
    }

    get listItem() {
      if (this.loaded.get("isListItem") === false) throw itemNotFound("listItem");
      return new ListItemProxy(this.context, () => this.element());
    }

    select(mode) {
      this.context.enqueue(() => {
        const p = this.element();
        recorder.cursor = p;
        recorder.selections.push({ via: "paragraph", mode: mode || "Select", paragraph: doc.indexOf(p), text: doc.text(p) });
      });
    }

    insertText(text, location) {
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: paragraph insertText supports Replace only");
        const p = this.element();
        recorder.textChanges.push({ paragraph: doc.indexOf(p), find: doc.text(p), replaceWith: text });
        doc.setText(p, text);
      });
      return new RangeProxy(this.context, () => [this.element()]);
    }

    search(text) {
      return new SearchCollectionProxy(this.context, () => this.element(), text);
    }

    getRange() {
      return new RangeProxy(this.context, () => [this.element()]);
    }

    insertOoxml(ooxml, location) {
      return new RangeProxy(this.context, () => [this.element()]).insertOoxml(ooxml, location);
    }
  }
  defineWriters(ParagraphProxy, ["alignment", "firstLineIndent", "leftIndent", "spaceBefore", "spaceAfter", "lineSpacing"], (proxy, name, value) => {
    const p = proxy.element();
    recorder.edits.push({ paragraph: doc.indexOf(p), text: doc.text(p), target: "paragraph", property: name, value });
    doc.setParagraphFormat(p, name, value);
  });

  class ParagraphCollectionProxy extends ClientObject {
    constructor(ctx, resolve) {
      super(ctx);
      this.resolve = resolve;
    }

    materialize(names) {
      const items = this.resolve().map((p) => {
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
      return new ParagraphProxy(this.context, () => this.resolve()[0]);
    }
  }

  class ContentControlProxy extends ClientObject {
    constructor(ctx, control, tag) {
      super(ctx);
      this.control = control;
      this.tag = tag;
    }

    materialize(names) {
      if (names.includes("text")) this.loaded.set("text", this.control.text);
    }

    get text() {
      return this.value("text");
    }

    select(mode) {
      this.context.enqueue(() => {
        const p = this.control.paragraphs[0];
        recorder.cursor = p || recorder.cursor;
        recorder.selections.push({ via: "control", tag: this.tag, mode: mode || "Select", paragraph: p ? doc.indexOf(p) : -1, text: this.control.text });
      });
    }
  }

  class ContentControlCollectionProxy extends ClientObject {
    constructor(ctx, tag) {
      super(ctx);
      this.tag = tag;
    }

    materialize(names) {
      const items = doc.controlsByTag(this.tag).map((c) => {
        const proxy = new ContentControlProxy(this.context, c, this.tag);
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
      if (names.includes("text")) this.loaded.set("text", doc.paragraphs().map((p) => doc.text(p)).join("\r"));
    }

    get text() {
      return this.value("text");
    }

    get paragraphs() {
      return new ParagraphCollectionProxy(this.context, () => doc.paragraphs());
    }

    getRange(location) {
      if (location !== "Start") throw new Error("Fake Word: body.getRange supports Start only");
      return new RangeProxy(this.context, () => doc.paragraphs().slice(0, 1));
    }

    insertFileFromBase64(base64, location) {
      this.context.enqueue(() => {
        if (location !== "Replace") throw new Error("Fake Word: insertFileFromBase64 supports Replace only");
        const file = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        recorder.fileInserts.push({ location, size: file.length });
        doc.load(file);
        recorder.cursor = doc.paragraphs()[0] || null;
      });
      return new RangeProxy(this.context, () => doc.paragraphs());
    }
  }

  class DocumentProxy extends ClientObject {
    constructor(ctx) {
      super(ctx);
      this.body = new BodyProxy(ctx);
      this.contentControls = { getByTag: (tag) => new ContentControlCollectionProxy(ctx, tag) };
    }

    materialize() {}

    getSelection() {
      return new RangeProxy(this.context, () => (recorder.cursor && recorder.cursor.isConnected !== false ? [recorder.cursor] : doc.paragraphs().slice(-1)));
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
        return { success: true, initContext: { sdkName: "fake-office", sdkVersion: "1.0.0", capabilities: { queryAccount: false } } };
      }
      if (request.method === "GetToken" && naa.silent === false) {
        return { success: false, error: { status: "USER_INTERACTION_REQUIRED", code: "interaction_required", description: "Fake Office: sign in first" } };
      }
      const response = await fetch(naa.brokerUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request.tokenParams || {}),
      });
      const body = await response.json();
      if (!response.ok) return { success: false, error: { status: "PERSISTENT_ERROR", code: body.error, description: body.error_description } };
      return {
        success: true,
        token: { access_token: body.access_token, id_token: body.id_token, expires_in: body.expires_in, scope: body.scope, properties: null },
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
          .catch((error) => ({ success: false, error: { status: "TRANSIENT_ERROR", code: "fake_bridge", description: String(error) } }))
          .then((response) => {
            const envelope = JSON.stringify({ messageType: "NestedAppAuthResponse", requestId: request.requestId, ...response });
            for (const listener of listeners) listener(envelope);
          });
      },
    };
  }

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
            setTimeout(() => callback({ status: "failed", error: { code: 12011, message: "Fake Office: blocked" } }), 0);
            return;
          }
          const handlers = {};
          const dialog = {
            addEventHandler(type, handler) {
              handlers[type] = handler;
            },
            close() {},
          };
          setTimeout(() => callback(succeeded(dialog)), 0);
          fetch(config.dialog.brokerUrl, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ clientId: config.dialog.clientId, scope: config.dialog.scope }),
          })
            .then((response) => response.json())
            .then((body) => {
              const message = JSON.stringify({ status: "success", accessToken: body.access_token, expiresOn: Date.now() + body.expires_in * 1000 });
              handlers.dialogMessageReceived({ message, origin: window.location.origin });
            });
        },
      }
    : undefined;

  function versionAtLeast(have, want) {
    const a = String(have).split(".").map(Number);
    const b = String(want).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  const succeeded = (value) => ({ status: "succeeded", value });

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
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady(callback) {
      const info = { host: config.host || "Word", platform: "OfficeOnline" };
      const ready = new Promise((resolve) => setTimeout(() => resolve(info), 0));
      if (callback) ready.then(callback);
      return ready;
    },
    context: {
      ui: dialogApi,
      requirements: {
        isSetSupported(name, version) {
          return name in sets && versionAtLeast(sets[name], version || "1.1");
        },
      },
      document: {
        getFileAsync(fileType, options, callback) {
          if (typeof options === "function") [options, callback] = [{}, options];
          recorder.fileRequests += 1;
          if (fileType !== "compressed") {
            setTimeout(() => callback({ status: "failed", error: { message: "Fake Word: only Compressed is supported" } }), 0);
            return;
          }
          const data = doc.toBytes();
          const sliceSize = Math.min((options && options.sliceSize) || 4194304, 4194304);
          const sliceCount = Math.max(1, Math.ceil(data.length / sliceSize));
          recorder.openFiles += 1;
          const file = {
            size: data.length,
            sliceCount,
            getSliceAsync(index, cb) {
              const slice = data.subarray(index * sliceSize, (index + 1) * sliceSize);
              setTimeout(() => cb(succeeded({ data: Array.from(slice), index, size: slice.length })), 0);
            },
            closeAsync(cb) {
              recorder.openFiles -= 1;
              setTimeout(() => cb && cb(succeeded(undefined)), 0);
            },
          };
          setTimeout(() => callback(succeeded(file)), 0);
        },
      },
    },
  };
})();
