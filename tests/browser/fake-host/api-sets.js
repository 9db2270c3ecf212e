// Which Word a test runs the pane in: the requirement sets each Word version exposes, and the requirement set of every
// Office.js member the fake host implements. Sources: Microsoft's requirement-set tables ("Word JavaScript API
// requirement sets", "Office Common API requirement sets") and the API reference, which names the set of each member.
//   Word 2016 (volume licence)            WordApi 1.1
//   Word 2019 / 2021 (volume licence)     WordApi 1.1–1.3, WordApiHiddenDocument 1.3
//   Word 2024                             WordApi 1.1–1.8, WordApiHiddenDocument 1.5, WordApiDesktop 1.1
//   Microsoft 365 (current channel)       WordApi 1.1–1.9, WordApiHiddenDocument 1.5, WordApiDesktop 1.5
//   Word on the web                       WordApi 1.1–1.9, WordApiOnline 1.1
// Every version since Word 2016 has the common sets the pane uses: CompressedFile, CustomXmlParts, Settings, DialogApi.
/* exported ThiDuaFake */
(function () {
  "use strict";

  const COMMON = { CompressedFile: "1.1", CustomXmlParts: "1.1", Settings: "1.1", File: "1.1", DialogApi: "1.1" };

  /** Word versions a test can run the pane in: their requirement sets, platform and default Office theme. */
  const HOSTS = {
    "word-2016": { name: "Word 2016", platform: "PC", sets: { ...COMMON, WordApi: "1.1" } },
    "word-2019": {
      name: "Word 2019 (giấy phép số lượng lớn)",
      platform: "PC",
      sets: { ...COMMON, WordApi: "1.3", WordApiHiddenDocument: "1.3" },
    },
    "word-2021": {
      name: "Word 2021 (giấy phép số lượng lớn)",
      platform: "PC",
      sets: { ...COMMON, WordApi: "1.3", WordApiHiddenDocument: "1.3" },
    },
    "word-2024": {
      name: "Word 2024",
      platform: "PC",
      sets: { ...COMMON, WordApi: "1.8", WordApiHiddenDocument: "1.5", WordApiDesktop: "1.1" },
    },
    "microsoft-365": {
      name: "Word cho Microsoft 365",
      platform: "PC",
      sets: { ...COMMON, WordApi: "1.9", WordApiHiddenDocument: "1.5", WordApiDesktop: "1.5" },
    },
    "word-web": {
      name: "Word trên web",
      platform: "OfficeOnline",
      sets: { ...COMMON, WordApi: "1.9", WordApiOnline: "1.1" },
    },
  };

  // The requirement set of each member the fake implements, as "Set version" (API reference, "[API set: …]").
  const W = (v) => `WordApi ${v}`;
  const MEMBERS = {
    "Document.body": W("1.1"),
    "Document.contentControls": W("1.1"),
    "Document.getSelection": W("1.1"),
    "Document.sections": W("1.1"),
    "Document.customXmlParts": W("1.4"),
    "Document.insertFileFromBase64": W("1.5"),
    "RequestContext.application": W("1.3"),
    "Application.createDocument": W("1.3"),
    "DocumentCreated.open": W("1.3"),
    "Body.text": W("1.1"),
    "Body.paragraphs": W("1.1"),
    "Body.search": W("1.1"),
    "Body.insertFileFromBase64": W("1.1"),
    "Body.insertOoxml": W("1.1"),
    "Body.getRange": W("1.3"),
    "Section.getHeader": W("1.1"),
    "Section.getFooter": W("1.1"),
    "SectionCollection.getFirst": W("1.3"),
    "ParagraphCollection.items": W("1.1"),
    "ParagraphCollection.getFirst": W("1.3"),
    "Paragraph.text": W("1.1"),
    "Paragraph.font": W("1.1"),
    "Paragraph.format": W("1.1"),
    "Paragraph.select": W("1.1"),
    "Paragraph.insertText": W("1.1"),
    "Paragraph.insertOoxml": W("1.1"),
    "Paragraph.search": W("1.1"),
    "Paragraph.insertContentControl": W("1.1"),
    "Paragraph.getRange": W("1.3"),
    "Paragraph.isListItem": W("1.3"),
    "Paragraph.listItem": W("1.3"),
    "ListItem.listString": W("1.3"),
    "Range.text": W("1.1"),
    "Range.paragraphs": W("1.1"),
    "Range.select": W("1.1"),
    "Range.insertText": W("1.1"),
    "Range.insertOoxml": W("1.1"),
    "Range.search": W("1.1"),
    "Range.insertContentControl": W("1.1"),
    "Range.expandTo": W("1.3"),
    "Range.getRange": W("1.3"),
    "RangeCollection.items": W("1.1"),
    "RangeCollection.getFirst": W("1.3"),
    "Font.set": W("1.1"),
    "ContentControl.text": W("1.1"),
    "ContentControl.tag": W("1.1"),
    "ContentControl.title": W("1.1"),
    "ContentControl.appearance": W("1.1"),
    "ContentControl.cannotDelete": W("1.1"),
    "ContentControl.select": W("1.1"),
    "ContentControlCollection.getByTag": W("1.1"),
    "ContentControlCollection.items": W("1.1"),
    "CustomXmlPartCollection.add": W("1.4"),
    "CustomXmlPartCollection.getByNamespace": W("1.4"),
    "CustomXmlPartScopedCollection.items": W("1.4"),
    "CustomXmlPart.id": W("1.4"),
    "CustomXmlPart.delete": W("1.4"),
    "CustomXmlPart.getXml": W("1.4"),
    "Document.getFileAsync": "CompressedFile 1.1",
    "CustomXmlParts.addAsync": "CustomXmlParts 1.1",
    "CustomXmlParts.getByNamespaceAsync": "CustomXmlParts 1.1",
    "CustomXmlPart.getXmlAsync": "CustomXmlParts 1.1",
    "CustomXmlPart.deleteAsync": "CustomXmlParts 1.1",
    "Settings.get": "Settings 1.1",
    "Settings.set": "Settings 1.1",
    "Settings.remove": "Settings 1.1",
    "Settings.saveAsync": "Settings 1.1",
  };

  /** Options of `Document.insertFileFromBase64` and the set that brought each (Word.InsertFileOptions). */
  const INSERT_FILE_OPTIONS = {
    importTheme: W("1.5"),
    importStyles: W("1.5"),
    importParagraphSpacing: W("1.5"),
    importPageColor: W("1.5"),
    importChangeTrackingMode: W("1.5"),
    importCustomProperties: W("1.6"),
    importCustomXmlParts: W("1.6"),
    importDifferentOddEvenPages: W("1.7"),
  };

  /** True when `have` (e.g. "1.8") is at least `want` ("1.5"). */
  function versionAtLeast(have, want) {
    const a = String(have).split(".").map(Number);
    const b = String(want).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  window.ThiDuaFake = window.ThiDuaFake || {};
  Object.assign(window.ThiDuaFake, { HOSTS, MEMBERS, INSERT_FILE_OPTIONS, versionAtLeast });
})();
