// Browser test of the pane's sign-in (issue 7): the real ThiDua.Service in Entra ID mode — Microsoft.Identity.Web
// validating RS256 tokens against a Node OIDC stand-in on 127.0.0.1 (discovery document + JWKS, key made for the run) —
// and the pane signing in with MSAL.js through nested app authentication, the Office host's bridge being the fake host's
// (fake-office.js), whose broker is the stand-in; and, where the host lacks nested app authentication, through the
// Office dialog API (the fake host answering as the dialog page would). Run from addin/ after `npm run build`:
// `node --test --test-concurrency=1 ../tests/browser/auth.test.mjs`.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { API_CLIENT_ID, entraServiceEnv, objectIdOf, startOidcStandIn } from "./support/oidc-stand-in.mjs";
import { launchBrowser, openPane, screenshot } from "./support/pane.mjs";
import { startService } from "./support/service.mjs";

const OFFICER = { upn: "officer@triyen.test", name: "Nguyễn Văn A" };
const ADMIN = "admin@thidua.test";
const UNIT = "UBND xã Trí Yên";
const SIGNED_IN_LINE = `${OFFICER.name} · Cán bộ đơn vị · ${UNIT}`;
const SETS = { WordApi: "1.8", CompressedFile: "1.1", NestedAppAuth: "1.1" };

let oidc;
let service;
let browser;

before(async () => {
  oidc = await startOidcStandIn();
  service = await startService({
    env: entraServiceEnv(oidc, [
      { upn: OFFICER.upn, role: "Officer", unit: UNIT },
      { upn: ADMIN, role: "Admin" },
    ]),
  });
  // The officer's unit profile, created by the administrator with a token of the stand-in.
  const adminToken = oidc.token({
    aud: API_CLIENT_ID,
    scp: "access_as_user",
    preferred_username: ADMIN,
    name: "Quản trị",
    oid: objectIdOf(ADMIN),
  });
  const created = await fetch(`${service.url}/api/units`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ name: UNIT, level: "xã", district: "Yên Dũng" }),
  });
  assert.equal(created.status, 201, await created.text());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
  await oidc?.stop();
});

/** Opens the pane in a fake Word whose host offers nested app authentication, recording the pane's API calls. */
async function openSignedPane(nestedAppAuth = {}) {
  const pane = await openPane(browser, service.url, "tri-yen-2024.docx", {
    sets: SETS,
    allow: [oidc.instance],
    nestedAppAuth: { brokerUrl: `${oidc.instance}broker/token`, ...nestedAppAuth },
  });
  const calls = [];
  pane.page.on("response", (response) => {
    const request = response.request();
    if (request.url().startsWith(`${service.url}/api/`)) {
      calls.push({
        path: new URL(request.url()).pathname,
        authorization: request.headers().authorization ?? null,
        status: response.status(),
      });
    }
  });
  return { ...pane, calls };
}

function claimsOf(authorization) {
  assert.match(authorization ?? "", /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/, "a bearer JWT");
  return JSON.parse(Buffer.from(authorization.split(" ")[1].split(".")[1], "base64url").toString("utf8"));
}

const authRequests = (pane) => pane.fakeWord(() => window.__fakeWord.authRequests);

describe("Đăng nhập qua nested app authentication", () => {
  test("signs in silently through the host, shows the user and unit, and every API call carries the token", async () => {
    oidc.user = OFFICER;
    oidc.audience = null;
    const pane = await openSignedPane();
    try {
      const { page } = pane;
      await page.getByText(SIGNED_IN_LINE).waitFor({ timeout: 30_000 });

      // MSAL spoke to the host's bridge: the handshake, then a silent token request for the API's scope.
      const requests = await authRequests(pane);
      assert.equal(requests[0].method, "GetInitContext");
      const tokenRequest = requests.find((r) => r.method === "GetToken");
      assert.ok(tokenRequest, `no silent token request: ${JSON.stringify(requests)}`);
      assert.equal(tokenRequest.clientId, API_CLIENT_ID);
      assert.ok(tokenRequest.scope.split(" ").includes(`api://${API_CLIENT_ID}/access_as_user`), tokenRequest.scope);
      assert.ok(!requests.some((r) => r.method === "GetTokenPopup"), "no interaction when the host has the user");

      const me = pane.calls.find((c) => c.path === "/api/me");
      assert.equal(me.status, 200);
      const claims = claimsOf(me.authorization);
      assert.equal(claims.aud, API_CLIENT_ID);
      assert.equal(claims.preferred_username, OFFICER.upn);
      assert.equal(claims.iss, oidc.issuer);

      // A call the officer makes: Kiểm tra sends the document to the service with the token, and it is accepted.
      await page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
      await page.getByRole("group", { name: "Tổng hợp kết quả" }).waitFor({ timeout: 60_000 });
      const check = pane.calls.find((c) => c.path === "/api/plans/check");
      assert.equal(check.status, 200);
      assert.equal(claimsOf(check.authorization).preferred_username, OFFICER.upn);
      assert.ok(
        pane.calls.every((c) => c.path === "/api/pane/config" || c.authorization),
        "every API call but the sign-in settings carried a token",
      );
      assert.equal(pane.calls.find((c) => c.path === "/api/pane/config").authorization, null);

      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "taskpane-dang-nhap.png");
      assert.deepEqual(pane.errors, [], "the pane logged errors");
    } finally {
      await pane.context.close();
    }
  });

  test("when the host cannot sign in silently, the pane asks through the host's popup (acquireTokenPopup)", async () => {
    oidc.user = OFFICER;
    oidc.audience = null;
    const pane = await openSignedPane({ silent: false });
    try {
      await pane.page.getByText(SIGNED_IN_LINE).waitFor({ timeout: 30_000 });
      const methods = (await authRequests(pane)).map((r) => r.method);
      assert.ok(
        methods.indexOf("GetToken") > 0 && methods.indexOf("GetTokenPopup") > methods.indexOf("GetToken"),
        methods.join(", "),
      );
      assert.deepEqual(pane.errors, []);
    } finally {
      await pane.context.close();
    }
  });

  test("a token for another API is refused: one interactive re-sign-in, then a Vietnamese error with Đăng nhập", async () => {
    oidc.user = OFFICER;
    oidc.audience = "api://another-api";
    const pane = await openSignedPane();
    try {
      const { page } = pane;
      await page.getByText("Dịch vụ không chấp nhận phiên đăng nhập").waitFor({ timeout: 30_000 });
      await page.getByText(/Mã truy cập không dành cho dịch vụ ThiDua/).waitFor();
      assert.equal(
        await page.getByText("Chưa đăng nhập", { exact: true }).count(),
        1,
        "the header says nobody is signed in",
      );
      assert.equal(await page.getByText(SIGNED_IN_LINE).count(), 0);
      const me = pane.calls.filter((c) => c.path === "/api/me");
      assert.deepEqual(
        me.map((c) => c.status),
        [401, 401],
        "one retry after the 401, not more",
      );
      assert.equal(claimsOf(me[0].authorization).aud, "api://another-api");
      const methods = (await authRequests(pane)).map((r) => r.method);
      assert.equal(methods.filter((m) => m === "GetTokenPopup").length, 1, methods.join(", "));
      await screenshot(page, "taskpane-dang-nhap-loi.png");

      // Once the host hands out tokens for the API, Đăng nhập signs the officer in.
      oidc.audience = null;
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.getByText(SIGNED_IN_LINE).waitFor({ timeout: 30_000 });
      assert.equal(await page.getByText("Dịch vụ không chấp nhận phiên đăng nhập").count(), 0);
      assert.equal(pane.calls.filter((c) => c.path === "/api/me").at(-1).status, 200);
    } finally {
      await pane.context.close();
      oidc.audience = null;
    }
  });
});

describe("Đăng nhập qua hộp thoại Office (máy không có nested app authentication)", () => {
  const noNaa = { WordApi: "1.8", CompressedFile: "1.1", DialogApi: "1.2" };

  test("the dialog page is served beside the pane", async () => {
    const response = await fetch(`${service.url}/auth-dialog.html`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /office\.js/);
    assert.match(html, /<script type="module"[^>]+src="\/assets\/auth-dialog-[\w-]+\.js"/);
  });

  test("asks the officer to sign in, opens the dialog on Đăng nhập, and uses its token for the API", async () => {
    oidc.user = OFFICER;
    oidc.audience = null;
    const pane = await openPane(browser, service.url, "tri-yen-2024.docx", {
      sets: noNaa,
      allow: [oidc.instance],
      dialog: {
        brokerUrl: `${oidc.instance}broker/token`,
        clientId: API_CLIENT_ID,
        scope: `api://${API_CLIENT_ID}/access_as_user`,
      },
    });
    try {
      const { page } = pane;
      const signIn = page.getByRole("button", { name: "Đăng nhập" });
      await signIn.waitFor({ timeout: 30_000 });
      await page.getByText(/Chưa có tài khoản Microsoft 365 nào đăng nhập/).waitFor();
      assert.deepEqual(await pane.fakeWord(() => window.__fakeWord.dialogs), [], "no dialog before the officer clicks");
      assert.equal(
        await pane.fakeWord(() => window.__fakeWord.authRequests.length),
        0,
        "no nested app authentication here",
      );
      await signIn.click();
      await page.getByText(SIGNED_IN_LINE).waitFor({ timeout: 30_000 });
      assert.deepEqual(await pane.fakeWord(() => window.__fakeWord.dialogs), [`${service.url}/auth-dialog.html`]);

      const checked = page.waitForResponse((r) => r.url().endsWith("/api/plans/check"));
      await page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
      const response = await checked;
      assert.equal(response.status(), 200);
      assert.equal(claimsOf(response.request().headers().authorization).preferred_username, OFFICER.upn);
    } finally {
      await pane.context.close();
    }
  });

  test("a blocked dialog is named in Vietnamese", async () => {
    const pane = await openPane(browser, service.url, "tri-yen-2024.docx", { sets: noNaa, dialog: { blocked: true } });
    try {
      const { page } = pane;
      await page.getByRole("button", { name: "Đăng nhập" }).click({ timeout: 30_000 });
      await page.getByText("Cửa sổ đăng nhập bị chặn").waitFor({ timeout: 30_000 });
      assert.equal(await pane.fakeWord(() => window.__fakeWord.dialogs.length), 1);
    } finally {
      await pane.context.close();
    }
  });
});
