// Browser tests of the Word task pane: Debian's headless Chromium (playwright-core) against the real ThiDua.Service,
// with a fake Office/Word host holding a corpus .docx. Run from addin/: `npm run test:browser`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { corpusFile, launchBrowser, openPane, screenshot, seriousA11yViolations, tabOrder } from "./support/pane.mjs";
import { corpusDir, repoRoot, requireFromAddin } from "./support/paths.mjs";
import { startService } from "./support/service.mjs";

const { unzipSync } = requireFromAddin("fflate");
const expected = JSON.parse(readFileSync(join(corpusDir, "expected.json"), "utf8"));

let service;
let browser;

before(async () => {
  service = await startService();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

/** Opens every closed group of findings, so that each finding has its card. */
async function expandAll(page) {
  for (;;) {
    const closed = page.locator('[data-rule-group][aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

/** Findings shown in the Kiểm tra tab: rule, the excerpt (the card's tooltip), status and what its fix changes. */
async function shownFindings(page) {
  await expandAll(page);
  return page.$$eval("[data-rule][data-status]", (cards) =>
    cards.map((c) => ({
      rule: c.dataset.rule,
      text: c.querySelector("button")?.title ?? "",
      line: c.textContent ?? "",
      status: c.dataset.status,
      change: c.dataset.change ?? null,
    })),
  );
}

/** The counts of the summary: { error, warning, info }. */
async function shownCounts(page) {
  const text = await page.getByRole("group", { name: "Tổng hợp kết quả" }).innerText();
  const [error, warning, info] = text.match(/\d+/g).map(Number);
  return { error, warning, info };
}

async function check(page) {
  await page.getByRole("button", { name: /^(Kiểm tra trước khi ký|Kiểm tra lại)$/ }).click();
  await page.getByRole("group", { name: "Tổng hợp kết quả" }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

function assertNoPageErrors(pane) {
  assert.deepEqual(pane.errors, [], "the pane logged errors");
}

describe("Kiểm tra: tien-dong-2024.docx", () => {
  let pane;
  let firstCounts;
  before(async () => {
    pane = await openPane(browser, service.url, "tien-dong-2024.docx");
  });
  after(async () => pane?.context.close());

  test("shows progress while the plan is checked, then the findings the corpus README lists, grouped by rule", async () => {
    const { page } = pane;
    // Hold the service's answer a little so the progress can be seen, as for a long plan.
    await page.route("**/api/plans/check", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.fallback();
    });
    await page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
    await page.getByRole("progressbar").first().waitFor({ state: "visible" });
    await page.getByText("Đang kiểm tra theo Nghị định 30/2020/NĐ-CP…").waitFor();
    await page.getByRole("group", { name: "Tổng hợp kết quả" }).waitFor({ timeout: 60_000 });
    await page.unroute("**/api/plans/check");
    await screenshot(page, "taskpane-kiem-tra.png");

    const shown = await shownFindings(page);
    const file = expected["tien-dong-2024.docx"];
    for (const must of file.must) {
      const match = shown.find((f) => f.rule === must.rule && f.text.includes(must.text));
      assert.ok(match, `missing ${must.rule} on “${must.text}” (${must.why})`);
    }
    const rules = new Set(shown.map((f) => f.rule));
    for (const rule of file.must_not) assert.ok(!rules.has(rule), `${rule} must stay silent`);
    // The counts are those of the cards.
    firstCounts = await shownCounts(page);
    assert.equal(firstCounts.error + firstCounts.warning + firstCounts.info, shown.length);
    // A card is one line that names no rule id and no paragraph number; the place is said in Word's terms.
    for (const card of shown) {
      assert.ok(!card.line.includes(card.rule), `a rule id reaches the officer: ${card.line}`);
      assert.doesNotMatch(card.line, /đoạn \d/u, `a paragraph number reaches the officer: ${card.line}`);
    }
  });

  test("a card opens to what was found, where, and the clause of Nghị định 30 it applies", async () => {
    const { page } = pane;
    const card = page.locator('[data-rule="TEXT-SPACE"]').first();
    await card.getByRole("button", { name: /^Chi tiết/ }).click();
    const details = await card.innerText();
    assert.match(details, /Hiện tại/);
    assert.match(details, /·/, "the spaces of a spacing finding are visible");
    assert.match(details, /Ở: Nội dung, đoạn “|Ở: Phần đầu văn bản, đoạn “|Ở: Phần cuối văn bản, đoạn “/);
    const clause = card.getByRole("button", { name: /Nghị định 30\/2020\/NĐ-CP|Quy định của cơ quan/ });
    await clause.click();
    assert.equal(await clause.getAttribute("aria-expanded"), "true");
    assert.ok((await card.innerText()).length > details.length, "the explanation opens under the clause");
    await card.getByRole("button", { name: /^Chi tiết/ }).click();
  });

  test("clicking a finding selects its paragraph in Word from what the check kept, without reading the document again", async () => {
    const { page } = pane;
    const reads = await pane.fakeWord(() => window.__fakeWord.paragraphReads);
    const card = page
      .locator('[data-rule="TEXT-SPELL"]')
      .filter({ has: page.locator('button[title*="Luât"]') })
      .first();
    await card.locator("button").first().click();
    await page.waitForFunction(() => window.__fakeWord.selections.length > 0);
    const selection = await pane.fakeWord(() => window.__fakeWord.selections.at(-1));
    assert.match(selection.text, /Luât/);

    const closing = page
      .locator('[data-rule="RCP-ITEMS"]')
      .filter({ has: page.locator('button[title*="Lưu: Vp"]') })
      .first();
    await closing.locator("button").first().click();
    await page.waitForFunction(() => window.__fakeWord.selections.length > 1);
    const second = await pane.fakeWord(() => window.__fakeWord.selections.at(-1));
    assert.match(second.text, /Lưu: Vp/);
    const read = (await pane.fakeWord(() => window.__fakeWord.paragraphReads)) - reads;
    assert.ok(read <= 2 * 9, `${read} paragraphs read for two clicks`);
  });

  test("Sửa tất cả lỗi định dạng fixes only the look, in place, search hit by search hit; wording waits for review", async () => {
    const { page } = pane;
    const fixAll = page.getByRole("button", { name: /^Sửa tất cả lỗi định dạng \((\d+)\)$/ });
    const count = Number(/\((\d+)\)/.exec(await fixAll.innerText())[1]);
    assert.ok(count > 0, "the tien-dong plan has formatting fixes");
    const runsBefore = await pane.fakeWord(() => window.__fakeWord.runs.length);
    await fixAll.click();
    await page.getByText(new RegExp(`^Đã sửa ${count} lỗi\\.$`)).waitFor();
    const word = await pane.fakeWord(() => ({
      runs: window.__fakeWord.runs,
      edits: window.__fakeWord.edits.length,
      textChanges: window.__fakeWord.textChanges,
    }));
    const fixRuns = word.runs.slice(runsBefore);
    assert.equal(fixRuns.length, 1, "all fixes in one Word.run");
    assert.ok(fixRuns[0].syncs <= 3, `${fixRuns[0].syncs} syncs`);
    assert.ok(word.edits + word.textChanges.length > 0, "the fixes reached Word");
    assert.deepEqual(
      word.textChanges.filter((c) => c.via !== "range"),
      [],
      "no paragraph was retyped",
    );
    const text = (await pane.fakeWord(() => window.__fakeWord.paragraphTexts())).join("\n");
    const must = expected["tien-dong-2024.docx"].must;
    for (const slip of must.filter((m) => m.rule === "TEXT-SPACE"))
      assert.ok(!text.includes(slip.text), `“${slip.text}” is still in the document`);
    // A change of letters is a change of wording: never part of “fix all” (spacing, capitals and NFC are).
    const letters = (t) => t.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, "");
    for (const change of word.textChanges)
      assert.equal(
        letters(change.replaceWith),
        letters(change.find),
        `“${change.find}” → “${change.replaceWith}” changed words`,
      );
    assert.ok(text.includes("Luât"), "a spelling mistake was corrected without review");
    assert.equal(await fixAll.innerText(), "Sửa tất cả lỗi định dạng (0)");
    const counts = await shownCounts(page);
    assert.ok(
      counts.error + counts.warning + counts.info ===
        firstCounts.error + firstCounts.warning + firstCounts.info - count,
      "the counts follow the fixes",
    );
    await screenshot(page, "taskpane-kiem-tra-da-sua.png");
  });

  test("wording is proposed one change at a time with before and after; Bỏ qua is remembered in the document", async () => {
    const { page } = pane;
    const review = page.getByRole("button", { name: /^Xem từng đề xuất sửa chữ \((\d+)\)$/ });
    const total = Number(/\((\d+)\)/.exec(await review.innerText())[1]);
    assert.ok(total >= 2, `${total} proposals`);
    await review.click();
    const panel = page.getByRole("region", { name: "Đề xuất sửa chữ" });
    await panel.getByText(`Đề xuất 1/${total}`).waitFor();
    const first = await panel.innerText();
    assert.match(first, /Trước[\s\S]*Sau/);
    const before = await pane.fakeWord(() => window.__fakeWord.paragraphTexts().join("\n"));
    await panel.getByRole("button", { name: "Sửa như đề xuất" }).click();
    await panel.getByText(`Đề xuất 1/${total - 1}`).waitFor();
    const after = await pane.fakeWord(() => window.__fakeWord.paragraphTexts().join("\n"));
    assert.notEqual(after, before, "the proposal was applied in Word");
    const setAside = await panel.getAttribute("data-proposal");
    await panel.getByRole("button", { name: "Bỏ qua" }).click();
    await panel
      .getByText(`Đề xuất 1/${total - 2}`)
      .waitFor()
      .catch(() => panel.getByText("Đã xem hết các đề xuất sửa chữ.").waitFor());
    const saved = await pane.fakeWord(() => window.__fakeWord.savedSettings());
    assert.equal(
      saved["thidua.setAsideFindings"].length,
      1,
      "the finding set aside is saved in the document's settings",
    );
    assert.equal(saved["thidua.setAsideFindings"][0].rule, setAside.split("|")[0]);
    await page.getByRole("button", { name: /^Đã bỏ qua 1 lỗi/ }).waitFor();
    await screenshot(page, "taskpane-de-xuat-sua-chu.png");
    await panel.getByRole("button", { name: "Đóng" }).click();
  });

  test("checking again shows what is left: nothing fixed comes back, the finding set aside stays hidden", async () => {
    const { page } = pane;
    const before = await shownFindings(page);
    await check(page);
    const afterFix = await shownFindings(page);
    assert.ok(
      afterFix.length < before.filter((f) => f.status === "open").length + 1,
      `${afterFix.length} findings after fixing`,
    );
    assert.equal(
      await page.getByRole("button", { name: /^Sửa tất cả lỗi định dạng/ }).innerText(),
      "Sửa tất cả lỗi định dạng (0)",
    );
    const count = (list, rule) => list.filter((f) => f.rule === rule).length;
    for (const rule of new Set(afterFix.map((f) => f.rule)))
      assert.ok(count(afterFix, rule) <= count(before, rule), `new ${rule} finding after the fixes`);
    const saved = await pane.fakeWord(() => window.__fakeWord.savedSettings()["thidua.setAsideFindings"][0]);
    assert.ok(
      !afterFix.some((f) => f.rule === saved.rule && f.text.replace(/\s+/g, " ").includes(saved.text)),
      "the finding set aside is shown again",
    );
    await page.getByRole("button", { name: /^Đã bỏ qua 1 lỗi/ }).waitFor();
    const requests = await pane.fakeWord(() => window.__fakeWord.fileRequests);
    assert.equal(requests, 2);
    assert.equal(await pane.fakeWord(() => window.__fakeWord.openFiles), 0, "every file handle closed");
    assertNoPageErrors(pane);
  });

  test("has no serious accessibility violation and every control is reachable by keyboard", async () => {
    const { page } = pane;
    assert.deepEqual(await seriousA11yViolations(page), []);
    const reached = await tabOrder(page);
    const focusable = await page.$$eval(
      "button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex='0']",
      (elements) =>
        elements
          .filter((e) => e.offsetParent !== null && e.getAttribute("role") !== "tab")
          .map((e) => e.dataset.tabProbe ?? null),
    );
    assert.ok(focusable.length > 5, `${focusable.length} focusable controls`);
    assert.equal(focusable.filter((id) => id === null).length, 0, "some controls were never reached with Tab");
    assert.ok(reached.length >= focusable.length);
  });
});

describe("Chỉ tiêu: tri-yen-2024.docx", () => {
  let pane;
  before(async () => {
    pane = await openPane(browser, service.url, "tri-yen-2024.docx");
  });
  after(async () => pane?.context.close());

  test("extracts the 24 chỉ tiêu records with the values and units of the corpus", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await page.getByRole("button", { name: "Trích xuất chỉ tiêu" }).click();
    await page.getByRole("table", { name: "Các chỉ tiêu thi đua" }).waitFor({ timeout: 60_000 });
    const rows = await page.$$eval("tr[data-code]", (trs) =>
      trs.map((tr) => ({
        code: tr.dataset.code,
        inputs: Array.from(tr.querySelectorAll("input")).map((i) => i.value),
        comparator: tr.querySelector("select")?.value,
      })),
    );
    assert.equal(rows.length, 24);
    const parse = (text) => Number(text.replace(/\./g, "").replace(",", "."));
    for (const kpi of expected["tri-yen-2024.docx"].kpis) {
      const row =
        rows.find((r) => r.code === kpi.code) ??
        rows.find((r) => parse(r.inputs[0]) === Number(kpi.value) && r.inputs[1] === kpi.unit);
      assert.ok(row, `no row for ${kpi.code ?? kpi.label}`);
      assert.equal(parse(row.inputs[0]), Number(kpi.value), `${kpi.code} value`);
      assert.equal(row.inputs[1], kpi.unit, `${kpi.code} unit`);
      if (kpi.comparator) assert.equal(row.comparator, kpi.comparator, `${kpi.code} comparator`);
    }
    await page.getByText(/^24 chỉ tiêu: 18 có số liệu, 6 định tính/).waitFor();
    await screenshot(page, "taskpane-chi-tieu.png");
  });

  test("the officer corrects a value, and a record's source is shown in the document", async () => {
    const { page } = pane;
    const value = page.getByRole("textbox", { name: "Giá trị: Sản lượng" });
    await value.fill("5.400");
    await page.getByText(/đã sửa 1$/).waitFor();
    await value.fill("5 tấn");
    await page.getByText("Số viết kiểu Việt Nam: 60.500.000 hoặc 99,6").waitFor();
    await value.fill("5.350");

    await page.getByRole("button", { name: /xem trong văn bản: Năng suất cây lúa bình quân$/ }).click();
    await page.waitForFunction(() => window.__fakeWord.selections.length > 0);
    const selection = await pane.fakeWord(() => window.__fakeWord.selections.at(-1));
    assert.match(selection.text, /61 tạ\/ha/);
    assertNoPageErrors(pane);
  });

  test("has no serious accessibility violation", async () => {
    assert.deepEqual(await seriousA11yViolations(pane.page), []);
  });
});

describe("Soạn thảo: section previews for the unit, and insertion of the chỉ tiêu section", () => {
  let pane;
  // The officer's unit, stored in the service with every field, and a unit whose profile is not finished yet.
  const triYen = {
    name: "Ủy ban nhân dân xã Trí Yên",
    parentBody: "UBND huyện Yên Dũng",
    placeName: "Trí Yên",
    symbol: "UBND",
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Diễn",
    recipients: ["Phòng Nội vụ huyện", "Đảng ủy, HĐND xã"],
    draftingUnit: "VP-TK",
  };
  const unfinished = {
    name: "Ủy ban nhân dân xã Yên Lư",
    parentBody: "UBND huyện Yên Dũng",
    placeName: "Yên Lư",
    signerTitle: "CHỦ TỊCH",
  };
  const ids = {};

  /** Stores @param profile as a unit profile (replacing one of the same name an earlier test's submission created); @returns its id. */
  async function storeUnit(profile) {
    const json = { "Content-Type": "application/json" };
    const created = await fetch(`${service.url}/api/units`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(profile),
    });
    if (created.status !== 409) {
      assert.ok(created.ok, `creating ${profile.name}: ${created.status}`);
      return (await created.json()).id;
    }
    const units = await (await fetch(`${service.url}/api/units`)).json();
    const same = units.find((u) => u.name.toLocaleLowerCase("vi") === profile.name.toLocaleLowerCase("vi"));
    assert.ok(same, `${profile.name} exists under another spelling`);
    const updated = await fetch(`${service.url}/api/units/${same.id}`, {
      method: "PUT",
      headers: json,
      body: JSON.stringify(profile),
    });
    assert.ok(updated.ok, `updating ${profile.name}: ${updated.status}`);
    return same.id;
  }

  /** Chooses the unit the plan is written for. */
  async function chooseUnit(page, name) {
    await page.getByRole("combobox", { name: "Đơn vị ban hành" }).click();
    await page.getByRole("option", { name }).click();
  }

  /** The preview text of catalogue section @param id, once it holds @param expected (the service's answer comes after a pause). */
  async function previewOf(page, id, expected = "") {
    const preview = page.locator(`li[data-section="${id}"] [data-preview]`);
    await preview.waitFor();
    await page.waitForFunction(
      ([sel, text]) => document.querySelector(sel)?.innerText.includes(text),
      [`li[data-section="${id}"] [data-preview]`, expected],
    );
    return preview.innerText();
  }

  before(async () => {
    ids.triYen = await storeUnit(triYen);
    ids.unfinished = await storeUnit(unfinished);
    pane = await openPane(browser, service.url, "tri-yen-2024-compliant.docx");
  });
  after(async () => pane?.context.close());

  test("previews each section as it will be inserted for the chosen unit, marking what its profile lacks as cần điền", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Soạn thảo" }).click();
    await chooseUnit(page, triYen.name);
    await page.getByRole("textbox", { name: "Năm" }).fill("2025");

    const header = await previewOf(page, "phan-dau", "năm 2025");
    for (const line of [
      "UBND HUYỆN YÊN DŨNG",
      "ỦY BAN NHÂN DÂN · XÃ TRÍ YÊN",
      "Số: /KH-UBND",
      "Trí Yên, ngày tháng năm 2025",
    ]) {
      assert.ok(header.includes(line), `the header preview lacks “${line}”: ${header}`);
    }
    const closing = await previewOf(page, "noi-nhan-chu-ky", "Nguyễn Văn Diễn");
    for (const line of ["- Phòng Nội vụ huyện;", "- Đảng ủy, HĐND xã;", "- Lưu: VT, VP-TK.", "Nguyễn Văn Diễn"]) {
      assert.ok(closing.includes(line), `the closing preview lacks “${line}”: ${closing}`);
    }
    const previews = await page.locator("[data-preview]").allInnerTexts();
    assert.ok(previews.length >= 10, `${previews.length} previews`);
    assert.deepEqual(
      previews.filter((p) => /[{}]/u.test(p)),
      [],
      "a placeholder in braces is still shown",
    );
    assert.equal(await page.locator("[data-missing]").count(), 0, "the complete profile leaves nothing to fill");
    await screenshot(page, "taskpane-soan-thao.png");

    await chooseUnit(page, unfinished.name);
    await page.locator('li[data-section="phan-dau"] [data-missing="ký hiệu"]').waitFor();
    assert.equal(
      await page.locator('li[data-section="phan-dau"] [data-missing="ký hiệu"]').innerText(),
      "ký hiệu: cần điền",
    );
    const closingMarks = await page.locator('li[data-section="noi-nhan-chu-ky"] [data-missing]').allInnerTexts();
    assert.deepEqual(closingMarks, ["nơi nhận: cần điền", "quyền hạn ký: cần điền", "họ tên người ký: cần điền"]);
    await page.getByText("Cần điền: nơi nhận, quyền hạn ký, họ tên người ký.").waitFor();
    assert.ok(
      (await previewOf(page, "noi-nhan-chu-ky")).includes("- Lưu: VT, VP."),
      "VP when the profile names no drafting unit",
    );
    assert.deepEqual(
      (await page.locator("[data-preview]").allInnerTexts()).filter((p) => /[{}]/u.test(p)),
      [],
    );
    await page.locator('li[data-section="noi-nhan-chu-ky"]').scrollIntoViewIfNeeded();
    await screenshot(page, "taskpane-soan-thao-can-dien.png");
    await chooseUnit(page, triYen.name);
    await page.waitForFunction(() => document.querySelectorAll("[data-missing]").length === 0);
    // The pane holds no copy of the sections' wording: every preview came from the service.
    const source = await (await fetch(`${service.url}/taskpane.html`)).text();
    const bundle = await (await fetch(new URL(/src="([^"]+taskpane[^"]+\.js)"/.exec(source)[1], service.url))).text();
    for (const wording of [
      "Phát huy truyền thống thi đua yêu nước",
      "Căn cứ Luật Thi đua, khen thưởng",
      "{cơ quan chủ quản}",
    ]) {
      assert.ok(!bundle.includes(wording), `the pane's script holds the wording “${wording}”`);
    }
    assertNoPageErrors(pane);
  });

  test("inserts the section at the cursor as valid, tagged OOXML numbered after the heading above", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Soạn thảo" }).click();
    const sections = await (await fetch(`${service.url}/api/sections`)).json();
    const kpiSection = sections.find((s) => s.id === "chi-tieu");
    assert.ok(kpiSection, "the catalogue has the chỉ tiêu section");
    await page.getByRole("button", { name: `Chèn ${kpiSection.title}` }).waitFor();

    // The cursor at the end of part II, just above “III. TỔ CHỨC THỰC HIỆN”.
    const cursor = await pane.fakeWord(() =>
      window.__fakeWord.setCursor(window.__fakeWord.setCursor("TỔ CHỨC THỰC HIỆN") - 1),
    );
    assert.ok(cursor > 0);
    const rendering = page.waitForRequest((r) => r.url().endsWith("/api/sections/chi-tieu/render"));
    await page.getByRole("button", { name: `Chèn ${kpiSection.title}` }).click();
    const request = (await rendering).postDataJSON();
    assert.equal(request.previousHeading, "II.", "numbered after the mục above the cursor");
    assert.equal(request.unitId, ids.triYen, "rendered for the chosen unit");
    const notice = page.locator(".fui-MessageBar").first();
    await notice.waitFor({ timeout: 30_000 });
    const said = await notice.innerText();
    assert.ok(said.startsWith(`Đã chèn “${kpiSection.title}” (mục III.).`), `the pane said: ${said}`);

    const inserts = await pane.fakeWord(() => window.__fakeWord.ooxmlInserts);
    assert.equal(inserts.length, 1);
    const { ooxml } = inserts[0];
    const check = await page.evaluate((xml) => {
      const pkg = new DOMParser().parseFromString(xml, "application/xml");
      const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
      const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
      const parts = Array.from(pkg.getElementsByTagNameNS(PKG, "part")).map((p) => p.getAttributeNS(PKG, "name"));
      const sdts = Array.from(pkg.getElementsByTagNameNS(W, "sdt"));
      const tags = sdts.map((s) => s.getElementsByTagNameNS(W, "tag")[0]?.getAttributeNS(W, "val") ?? null);
      const aliases = sdts.map((s) => s.getElementsByTagNameNS(W, "alias")[0]?.getAttributeNS(W, "val") ?? null);
      return {
        wellFormed: pkg.getElementsByTagName("parsererror").length === 0,
        root: pkg.documentElement.localName,
        parts,
        tags,
        aliases,
        paragraphs: pkg.getElementsByTagNameNS(W, "p").length,
      };
    }, ooxml);
    assert.equal(check.wellFormed, true);
    assert.equal(check.root, "package");
    assert.ok(check.parts.includes("/word/document.xml"), "has the main part");
    assert.ok(check.parts.includes("/_rels/.rels"), "has the package relationships");
    assert.ok(check.tags.includes(kpiSection.tag), `tags: ${check.tags.join(", ")}`);
    assert.ok(
      check.tags.every((t) => t?.startsWith("thidua:")),
      "every control is tagged",
    );
    assert.ok(
      check.aliases.every((a) => a && a.length > 0),
      "every control has a title",
    );
    assert.ok(check.paragraphs > 0);
    const texts = await pane.fakeWord(() => window.__fakeWord.paragraphTexts());
    assert.ok(texts.length > cursor + 1, "the document grew");
    // Word ignores the custom XML part inside the OOXML: the pane writes the plan's one part itself.
    const parts = await pane.fakeWord(() => window.__fakeWord.customXmlParts());
    assert.equal(
      parts.filter((p) => p.namespaceUri === "urn:thidua:plan:1").length,
      1,
      "one plan part after the first section",
    );
    await page.getByRole("button", { name: `Chèn ${kpiSection.title}` }).click();
    await page.locator(".fui-MessageBar").first().waitFor();
    await page.waitForFunction(() => window.__fakeWord.ooxmlInserts.length === 2);
    const again = await pane.fakeWord(() => window.__fakeWord.customXmlParts());
    assert.equal(
      again.filter((p) => p.namespaceUri === "urn:thidua:plan:1").length,
      1,
      "still one plan part after a second section",
    );
    const rendered = page.waitForRequest((r) => r.url().endsWith("/api/sections/chi-tieu/render"));
    await page.getByRole("button", { name: `Chèn ${kpiSection.title}` }).click();
    assert.equal(
      (await rendered).postDataJSON().storeItemId,
      again[0].id,
      "a new section's fields are bound to the plan's part",
    );
    await page.waitForFunction(() => window.__fakeWord.ooxmlInserts.length === 3);
    await page
      .getByRole("button", { name: `Chèn ${kpiSection.title}` })
      .and(page.locator(":enabled"))
      .waitFor();
    assertNoPageErrors(pane);
  });

  test("has no serious accessibility violation", async () => {
    assert.deepEqual(await seriousA11yViolations(pane.page), []);
  });
});

describe("Gửi chỉ tiêu: tri-yen-2024.docx", () => {
  let pane;
  before(async () => {
    pane = await openPane(browser, service.url, "tri-yen-2024.docx");
  });
  after(async () => pane?.context.close());

  /** The facts the pane shows under “Kết quả gửi chỉ tiêu”, as { label: value }. */
  async function shownResult(page) {
    const list = page.getByRole("group", { name: "Kết quả gửi chỉ tiêu" }).locator("dl");
    await list.waitFor();
    return list.evaluate((dl) => {
      const facts = {};
      for (const dt of dl.querySelectorAll("dt")) facts[dt.textContent] = dt.nextElementSibling?.textContent ?? "";
      return facts;
    });
  }

  async function send(page) {
    const button = page.getByRole("button", { name: "Gửi chỉ tiêu", exact: true });
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/plans/submit"));
    await button.click();
    return answer;
  }

  test("sends the corrected records with the .docx, shows what was stored, and the service lists the plan", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await page.getByRole("button", { name: "Trích xuất chỉ tiêu" }).click();
    await page.getByRole("table", { name: "Các chỉ tiêu thi đua" }).waitFor({ timeout: 60_000 });
    const before = await (await fetch(`${service.url}/api/plans?year=2024&pageSize=100`)).json();

    // The officer corrects the rice yield (Sản lượng, 5.350 tấn in the plan) and sends.
    await page.getByRole("textbox", { name: "Giá trị: Sản lượng" }).fill("5.400");
    await page.getByText(/đã sửa 1$/).waitFor();
    // Held a little, so the disabled button and the progress can be seen.
    await page.route("**/api/plans/submit", async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.fallback();
    });
    const button = page.getByRole("button", { name: "Gửi chỉ tiêu", exact: true });
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/plans/submit"));
    await button.click();
    const busy = page.getByRole("button", { name: "Đang gửi chỉ tiêu…" });
    await busy.waitFor();
    assert.equal(await busy.isDisabled(), true, "the button is disabled while sending");
    const response = await answer;
    await page.unroute("**/api/plans/submit");
    assert.equal(response.status(), 201);
    // One multipart form, as the generated client sends it: the reviewed extraction as JSON, the .docx as the file.
    const request = response.request();
    const form = await new Response(request.postDataBuffer(), {
      headers: { "content-type": request.headers()["content-type"] },
    }).formData();
    const sent = JSON.parse(form.get("extraction"));
    assert.equal(sent.kpis.length, 24);
    assert.equal(sent.kpis.find((k) => k.code === "nong-nghiep.san-luong-lua").value, 5400);
    // The .docx goes with the records: the document as Word gives it (the fake host zips its XML again, so the parts,
    // not the bytes, are those of the corpus file).
    assert.equal(sent.docx, null, "the .docx travels as the form's file, not in base64");
    const docx = Buffer.from(await form.get("file").arrayBuffer());
    const parts = unzipSync(docx);
    assert.deepEqual(Object.keys(parts).sort(), Object.keys(unzipSync(corpusFile("tri-yen-2024.docx"))).sort());
    assert.match(
      new TextDecoder().decode(parts["word/document.xml"]).replace(/<[^>]+>/g, ""),
      /Trí Yên, ngày 01 tháng 02 năm 2024/,
    );

    const stored = await response.json();
    await page.getByText("Đã lưu chỉ tiêu vào cơ sở dữ liệu chung.").waitFor();
    assert.deepEqual(await shownResult(page), {
      "Kết quả": "Đã lưu",
      "Kế hoạch": `mã ${stored.planId}, phiên bản 1`,
      "Chỉ tiêu đã lưu": "24",
      "Đơn vị": `${stored.unitName}, năm 2024`,
    });
    await page
      .getByRole("group", { name: "Gửi chỉ tiêu", exact: true })
      .evaluate((group) => group.scrollIntoView({ block: "end" }));
    await screenshot(page, "taskpane-gui-chi-tieu.png");

    // The service now lists the plan, with the corrected value and the original file.
    const listed = await (await fetch(`${service.url}/api/plans?year=2024&pageSize=100`)).json();
    assert.equal(listed.total, before.total + 1);
    const row = listed.items.find((p) => p.id === stored.planId);
    assert.ok(row, `GET /api/plans does not list plan ${stored.planId}`);
    assert.deepEqual(
      [row.year, row.currentVersion, row.kpiCount, row.hasFile, row.fileName],
      [2024, 1, 24, true, "ke-hoach.docx"],
    );
    const detail = await (await fetch(`${service.url}/api/plans/${stored.planId}`)).json();
    assert.equal(detail.kpis.find((k) => k.code === "nong-nghiep.san-luong-lua").value, 5400);
    assert.equal(detail.kpis.find((k) => k.code === "nong-nghiep.nang-suat-lua").value, 61);
    const file = await fetch(`${service.url}/api/plans/${stored.planId}/file`);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), docx, "the stored original is the .docx sent");
    assertNoPageErrors(pane);
  });

  test("sending the same records again changes nothing; a further correction supersedes version 1", async () => {
    const { page } = pane;
    const again = await send(page);
    assert.equal(again.status(), 200);
    await page.getByText("Không đổi: nội dung này đã được gửi trước đó.").waitFor();
    const unchanged = await shownResult(page);
    assert.equal(unchanged["Kết quả"], "Không đổi");
    assert.match(unchanged["Kế hoạch"], /, phiên bản 1$/);

    await page.getByRole("textbox", { name: "Đơn vị: Sản lượng" }).fill("tạ");
    const revised = await send(page);
    assert.equal(revised.status(), 201);
    await page.getByText("Đã lưu phiên bản 2, thay thế phiên bản 1.").waitFor();
    const facts = await shownResult(page);
    assert.equal(facts["Kết quả"], "Thay thế phiên bản 1");
    const { planId } = await revised.json();
    assert.equal(facts["Kế hoạch"], `mã ${planId}, phiên bản 2`);
    const detail = await (await fetch(`${service.url}/api/plans/${planId}`)).json();
    assert.deepEqual(
      detail.versions.map((v) => v.number),
      [2, 1],
    );
    assert.equal(detail.kpis.find((k) => k.code === "nong-nghiep.san-luong-lua").unit, "tạ");
    assertNoPageErrors(pane);
  });

  test("a value that is not a number holds the button; a refusal of the service is shown in Vietnamese", async () => {
    const { page } = pane;
    const value = page.getByRole("textbox", { name: "Giá trị: Sản lượng" });
    await value.fill("5 tấn");
    const button = page.getByRole("button", { name: "Gửi chỉ tiêu", exact: true });
    await page.getByText("Sửa 1 giá trị chưa đúng kiểu số trước khi gửi.").waitFor();
    assert.equal(await button.isDisabled(), true);
    await value.fill("5.400");
    assert.equal(await button.isEnabled(), true);

    await page.route("**/api/plans/submit", (route) =>
      route.fulfill({
        status: 422,
        contentType: "application/problem+json",
        body: JSON.stringify({
          title: "Không lưu được kế hoạch",
          detail: "Không xác định được năm của kế hoạch.",
          status: 422,
        }),
      }),
    );
    await button.click();
    await page.getByText("Không lưu được kế hoạch: Không xác định được năm của kế hoạch.").waitFor();
    assert.equal(
      await page.getByRole("group", { name: "Kết quả gửi chỉ tiêu" }).count(),
      0,
      "no stored result is shown after a refusal",
    );
    assert.equal(await button.isEnabled(), true);
    await page.unroute("**/api/plans/submit");
    assert.deepEqual(await seriousA11yViolations(page), []);
  });
});

describe("hosts and errors", () => {
  test("Word 2016 (WordApi 1.1) is told in plain Vietnamese what it lacks, instead of the tabs", async () => {
    const pane = await openPane(browser, service.url, "tien-dong-2024.docx", { host: "word-2016" });
    try {
      const message = pane.page.getByText(
        /Phiên bản Word này \(Word 2016 trở về trước\) chưa cho phép ngăn Kế hoạch thi đua/,
      );
      await message.waitFor();
      const text = await message.innerText();
      assert.match(text, /đọc số thứ tự tự động của đề mục/);
      assert.doesNotMatch(text, /WordApi|\d\.\d/, "no requirement-set names");
      assert.equal(await pane.page.getByRole("tab").count(), 0);
      assert.deepEqual(
        await pane.fakeWord(() => window.__fakeWord.outsideSets),
        [],
        "nothing outside Word 2016's sets was called",
      );
    } finally {
      await pane.context.close();
    }
  });

  test("problem details from the service are shown in Vietnamese, never as a stack trace", async () => {
    const pane = await openPane(browser, service.url, "tien-dong-2024.docx");
    try {
      await pane.page.route("**/api/plans/check", (route) =>
        route.fulfill({
          status: 413,
          contentType: "application/problem+json",
          body: JSON.stringify({ title: "Tệp quá lớn", detail: "Kế hoạch vượt giới hạn 20 MB.", status: 413 }),
        }),
      );
      await pane.page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
      await pane.page.getByText("Tệp quá lớn: Kế hoạch vượt giới hạn 20 MB.").waitFor();
      assert.equal(await pane.page.getByRole("button", { name: "Kiểm tra trước khi ký" }).isEnabled(), true);
    } finally {
      await pane.context.close();
    }
  });
});

describe("manifest", () => {
  test("every URL of the development manifest is served by the service", async () => {
    const xml = readFileSync(join(repoRoot, "manifest", "manifest.dev.xml"), "utf8");
    const urls = [...new Set([...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https:\/\/[^"<]+)/g)].map((m) => m[1]))];
    assert.ok(urls.length >= 8);
    for (const url of urls) {
      const local = new URL(new URL(url).pathname, service.url);
      const response = await fetch(local);
      assert.equal(response.status, 200, `${local.pathname}`);
      const type = response.headers.get("content-type") ?? "";
      if (local.pathname.endsWith(".png")) assert.match(type, /^image\/png/);
      if (local.pathname.endsWith(".html") || local.pathname === "/") assert.match(type, /^text\/html/);
    }
  });

  test("the pane and the command page load Office.js from Microsoft's CDN", async () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = await (await fetch(`${service.url}/${page}`)).text();
      assert.match(
        html,
        /<script src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/,
        page,
      );
    }
  });
});
