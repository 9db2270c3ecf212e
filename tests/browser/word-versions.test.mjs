// The pane in the Word versions offices run (issue 15): the fake host plays Word 2019 and 2021 with a volume licence
// (WordApi 1.3), Word 2024 (1.8), Microsoft 365 (1.9) and Word on the web, exposing only each one's requirement sets and
// dropping what Word drops (fake-host/api-sets.js, fake-office.js). On each: check, fix, insert, new plan and tag work;
// no member outside the host's sets is called, nothing newer than the manifest's sets without detecting it first;
// headers, footers, page numbers and the plan's one custom XML part survive Tạo kế hoạch mới and Gắn thẻ, asserted on
// the package. Older webviews (Internet Explorer, Edge Legacy) get a page that says what to do.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { hasPageNumbers, inspectPackage } from "./support/package.mjs";
import { blankDocx, corpusFile, launchBrowser, OLD_WEBVIEWS, openPane, WORD_VERSIONS } from "./support/pane.mjs";
import { startService } from "./support/service.mjs";

let service;
let browser;
let unitId;

const UNIT = {
  name: "Ủy ban nhân dân xã Tiên Động",
  parentBody: "UBND huyện Tứ Kỳ",
  placeName: "Tiên Động",
  symbol: "UBND",
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerTitle: "CHỦ TỊCH",
  signerName: "Nguyễn Văn Liệu",
  recipients: ["Phòng Nội vụ huyện", "Thường trực Đảng ủy xã"],
  draftingUnit: "VP",
};

before(async () => {
  service = await startService();
  browser = await launchBrowser();
  const created = await fetch(`${service.url}/api/units`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(UNIT),
  });
  assert.ok(created.ok, `creating the unit: ${created.status}`);
  unitId = (await created.json()).id;
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

/** The pane's calls the host does not allow: outside its sets, or newer than the manifest's sets without detection. */
async function assertWithinSets(pane) {
  const { outsideSets, undetected } = await pane.fakeWord(() => ({
    outsideSets: window.__fakeWord.outsideSets,
    undetected: window.__fakeWord.undetected,
  }));
  assert.deepEqual(outsideSets, [], "a member outside this Word's requirement sets was called");
  assert.deepEqual(undetected, [], "a member newer than the manifest's sets was called without isSetSupported");
  assert.deepEqual(pane.errors, [], "the pane logged errors");
}

async function check(page) {
  await page.getByRole("button", { name: /^(Kiểm tra trước khi ký|Kiểm tra lại)$/ }).click();
  await page.getByRole("group", { name: "Tổng hợp kết quả" }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** The package Word holds now. */
async function packageOf(pane) {
  return inspectPackage(Buffer.from(await pane.fakeWord(() => window.__fakeWord.packageBase64()), "base64"));
}

for (const host of WORD_VERSIONS) {
  describe(`In ${host}`, () => {
    test("check, fix, tag: the tagged plan keeps its headers, page numbers and one data part", async () => {
      const pane = await openPane(browser, service.url, "tien-dong-2024.docx", { host });
      try {
        const { page } = pane;
        const original = inspectPackage(corpusFile("tien-dong-2024.docx"));
        assert.ok(hasPageNumbers(original), "the corpus plan numbers its pages");
        await check(page);
        const card = page.locator('[data-rule="TEXT-SPACE"]').first();
        await card.locator("button").first().click();
        await page.waitForFunction(() => window.__fakeWord.selections.length > 0);

        const fixAll = page.getByRole("button", { name: /^Sửa tất cả lỗi định dạng \((\d+)\)$/ });
        assert.ok(Number(/\((\d+)\)/.exec(await fixAll.innerText())[1]) > 0);
        await fixAll.click();
        await page.getByText(/^Đã sửa \d+ lỗi\.$/).waitFor();

        await page.getByRole("button", { name: "Gắn thẻ", exact: true }).click();
        await page.getByText("Đã gắn thẻ các phần của kế hoạch.").waitFor({ timeout: 60_000 });
        assert.equal(
          await page.getByText("Kế hoạch chưa gắn thẻ đầy đủ.").count(),
          0,
          "after tagging the list no longer says the plan is untagged",
        );
        const word = await pane.fakeWord(() => ({
          fileInserts: window.__fakeWord.fileInserts,
          controls: window.__fakeWord.insertedControls.length,
        }));
        if (["word-2019", "word-2021"].includes(host)) {
          assert.deepEqual(word.fileInserts, [], "Word 2019/2021 tag in place, never replacing the document");
          assert.ok(word.controls >= 5, `${word.controls} controls created in place`);
        } else {
          assert.deepEqual(
            word.fileInserts.map((f) => f.api),
            ["Document.insertFileFromBase64"],
          );
          assert.equal(word.fileInserts[0].options.importCustomXmlParts, true);
        }

        const tagged = await packageOf(pane);
        for (const tag of ["thidua:header", "thidua:title", "thidua:recipients", "thidua:signature"])
          assert.ok(tagged.controls.includes(tag), `no ${tag}: ${tagged.controls}`);
        assert.deepEqual(
          tagged.section.headers.map((h) => [h.type, h.pageField]),
          original.section.headers.map((h) => [h.type, h.pageField]),
          "the headers survived",
        );
        assert.deepEqual(tagged.section.footers.length, original.section.footers.length, "the footers survived");
        assert.ok(hasPageNumbers(tagged), "the page numbers survived");
        assert.equal(tagged.section.titlePage, original.section.titlePage);
        assert.deepEqual(tagged.section.margins, original.section.margins);
        assert.equal(tagged.planParts.length, 1, "one custom XML part for the plan");
        assert.match(tagged.planParts[0].xml, /Tiên Động/);
        // Tagging changed no text.
        assert.deepEqual(
          tagged.paragraphs.filter((t) => t.trim()),
          (await pane.fakeWord(() => window.__fakeWord.paragraphTexts()))
            .filter((t) => t.trim())
            .map((t) => t.replaceAll("\t", "").replaceAll("\v", "")),
        );

        await assertWithinSets(pane);
      } finally {
        await pane.context.close();
      }
    });

    test("insert a section: numbered after the heading above, one data part for the plan", async () => {
      const pane = await openPane(browser, service.url, "tri-yen-2024-compliant.docx", { host });
      try {
        const { page } = pane;
        await page.getByRole("tab", { name: "Soạn thảo" }).click();
        await page.getByRole("combobox", { name: "Đơn vị ban hành" }).click();
        await page.getByRole("option", { name: UNIT.name }).click();
        await pane.fakeWord(() => window.__fakeWord.setCursor(window.__fakeWord.setCursor("TỔ CHỨC THỰC HIỆN") - 1));
        await page.getByRole("button", { name: "Chèn Khen thưởng" }).click();
        await page.getByText(/^Đã chèn “Khen thưởng” \(mục III\.\)\./).waitFor({ timeout: 30_000 });
        await page.getByRole("button", { name: "Chèn Tiến độ thực hiện" }).click();
        await page.getByText(/^Đã chèn “Tiến độ thực hiện”/).waitFor({ timeout: 30_000 });
        const parts = await pane.fakeWord(() => window.__fakeWord.customXmlParts());
        assert.equal(parts.filter((p) => p.namespaceUri === "urn:thidua:plan:1").length, 1);
        await assertWithinSets(pane);
      } finally {
        await pane.context.close();
      }
    });

    test("Tạo kế hoạch mới gives a whole plan: page setup, page numbers from page 2, tagged parts, one data part", async () => {
      const pane = await openPane(browser, service.url, blankDocx(), { host });
      try {
        const { page } = pane;
        await page.getByRole("tab", { name: "Soạn thảo" }).click();
        await page.getByRole("combobox", { name: "Đơn vị ban hành" }).click();
        await page.getByRole("option", { name: UNIT.name }).click();
        await page.getByRole("button", { name: "Tạo kế hoạch mới" }).click();
        const said = page.locator(".fui-MessageBar").first();
        await said.waitFor({ timeout: 30_000 });
        const opened = await pane.fakeWord(() => window.__fakeWord.openedDocuments);
        let plan;
        if (["word-2019", "word-2021"].includes(host)) {
          assert.match(await said.innerText(), /trong một văn bản Word mới/);
          assert.equal(opened.length, 1, "the plan opens as a new document");
          assert.deepEqual(
            await pane.fakeWord(() => window.__fakeWord.fileInserts),
            [],
            "Body.insertFileFromBase64 would drop the header",
          );
          plan = inspectPackage(Buffer.from(opened[0].base64, "base64"));
        } else {
          assert.match(await said.innerText(), /Đã tạo kế hoạch năm \d{4} cho Ủy ban nhân dân xã Tiên Động/);
          assert.equal(opened.length, 0);
          plan = await packageOf(pane);
        }
        assert.ok(hasPageNumbers(plan), "page numbers");
        assert.equal(plan.section.titlePage, true, "no number on the first page (Phụ lục I, Mục I, khoản 7)");
        assert.equal(plan.section.pageWidth, 11906, "A4");
        assert.ok(plan.section.margins.left >= 1700, `left margin ${plan.section.margins.left} twips`);
        assert.equal(plan.planParts.length, 1, "one custom XML part");
        assert.match(plan.planParts[0].xml, /Tiên Động/);
        for (const tag of ["thidua:header", "thidua:title", "thidua:signature"])
          assert.ok(plan.controls.includes(tag), `no ${tag}`);
        await assertWithinSets(pane);
      } finally {
        await pane.context.close();
      }
    });
  });
}

describe("a fake host as strict as Word", () => {
  let pane;
  before(async () => {
    pane = await openPane(browser, service.url, blankDocx(), { host: "microsoft-365" });
    await pane.page.getByRole("tab", { name: "Kiểm tra" }).waitFor();
  });
  after(async () => pane?.context.close());

  test("Body.insertFileFromBase64 drops the file's headers, footers and custom XML; insertOoxml ignores custom XML", async () => {
    const planFile = await fetch(`${service.url}/api/plans/new`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ unitId, year: 2025, subject: "Phát động phong trào thi đua năm 2025" }),
    });
    const base64 = Buffer.from(await planFile.arrayBuffer()).toString("base64");
    const source = inspectPackage(Buffer.from(base64, "base64"));
    assert.ok(hasPageNumbers(source) && source.planParts.length === 1);
    await pane.page.evaluate(async (file) => {
      await Word.run(async (context) => {
        context.document.body.insertFileFromBase64(file, "Replace");
        await context.sync();
      });
    }, base64);
    const afterBody = await packageOf(pane);
    assert.ok(
      afterBody.paragraphs.some((t) => t.includes("KẾ HOẠCH")),
      "the body came in",
    );
    assert.equal(hasPageNumbers(afterBody), false, "the header with the page numbers was dropped");
    assert.equal(afterBody.planParts.length, 0, "the custom XML part was dropped");

    const section = await (
      await fetch(`${service.url}/api/sections/can-cu/render`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ unitId, year: 2025, subject: "Kế hoạch" }),
      })
    ).json();
    assert.match(section.flatOpc, /customXml/, "the rendered section carries a custom XML part");
    await pane.page.evaluate(async (ooxml) => {
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertOoxml(ooxml, "Before");
        await context.sync();
      });
    }, section.flatOpc);
    assert.equal((await packageOf(pane)).planParts.length, 0, "insertOoxml brought no custom XML part");
  });

  test("a member outside the host's sets fails at sync with ApiNotFound and is recorded", async () => {
    const word2019 = await openPane(browser, service.url, blankDocx(), { host: "word-2019" });
    try {
      await word2019.page.getByRole("tab", { name: "Kiểm tra" }).waitFor();
      const error = await word2019.page.evaluate(async () => {
        try {
          await Word.run(async (context) => {
            context.document.customXmlParts.add("<a/>");
            await context.sync();
          });
          return null;
        } catch (e) {
          return e.code;
        }
      });
      assert.equal(error, "ApiNotFound");
      const outside = await word2019.fakeWord(() => window.__fakeWord.outsideSets.map((o) => o.member));
      assert.deepEqual(outside, ["Document.customXmlParts", "CustomXmlPartCollection.add"]);
    } finally {
      await word2019.context.close();
    }
  });
});

describe("older webviews", () => {
  for (const [name, userAgent] of Object.entries(OLD_WEBVIEWS)) {
    test(`${name === "trident" ? "Internet Explorer (Trident)" : "Edge Legacy (EdgeHTML)"}: a Vietnamese page says what to do`, async () => {
      const pane = await openPane(browser, service.url, "tien-dong-2024.docx", { host: "word-2019", userAgent });
      try {
        const { page } = pane;
        await page.waitForURL(/\/old-webview\.html$/);
        await page
          .getByRole("heading", { name: "Ngăn Kế hoạch thi đua chưa chạy được trong Word trên máy này" })
          .waitFor();
        const text = await page.locator("body").innerText();
        if (name === "trident") {
          assert.match(text, /Internet Explorer/);
          assert.match(text, /Word trên web/);
          assert.match(text, /Word 2021 trở lên/);
        } else {
          assert.match(text, /Microsoft Edge WebView2 Runtime/);
        }
        assert.equal(text, text.normalize("NFC"));
        assert.doesNotMatch(text, /WordApi|undefined/);
      } finally {
        await pane.context.close();
      }
    });
  }

  test("Word 2016 in Internet Explorer is also told what its Word lacks", async () => {
    const pane = await openPane(browser, service.url, "tien-dong-2024.docx", {
      host: "word-2016",
      userAgent: OLD_WEBVIEWS.trident,
    });
    try {
      await pane.page.waitForURL(/\/old-webview\.html$/);
      await pane.page
        .getByText(/phiên bản Word này \(Word 2016 trở về trước\) chưa cho phép phần bổ trợ đọc số thứ tự tự động/)
        .waitFor();
    } finally {
      await pane.context.close();
    }
  });
});
