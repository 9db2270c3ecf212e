// Browser test of the dashboard's sign-in (issue 7): the real ThiDua.Service in Entra ID mode, validating RS256 tokens
// against the Node OIDC stand-in (support/oidc-stand-in.mjs), two communes' plans submitted by an administrator, and
// /dashboard opened as a district reviewer of Phòng Nội vụ. MSAL refuses the stand-in's http authority, so the page's
// MSAL factory is replaced before it loads (`window.__thiduaTestMsal`, set by addInitScript): the stand-in MSAL hands
// out a token the stand-in signed for the scope the service's /api/pane/config names, or has no account. Everything
// else — the settings, the session, the bearer header, /api/me, the data endpoints and their scope — is the real code.
// Run from addin/ after `npm run build`: `node --test --test-concurrency=1 ../tests/browser/dashboard-auth.test.mjs`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { api, createUnit, openDashboard, saveScreenshot, submitPlan } from "./support/dashboard.mjs";
import { API_CLIENT_ID, entraServiceEnv, objectIdOf, startOidcStandIn } from "./support/oidc-stand-in.mjs";
import { launchBrowser } from "./support/pane.mjs";
import { startService } from "./support/service.mjs";

const REVIEWER = { upn: "noivu@yendung.test", name: "Trần Thị B" };
const ADMIN = { upn: "admin@thidua.test", name: "Quản trị" };
const SCOPE = `api://${API_CLIENT_ID}/access_as_user`;
const UNITS = [
  { file: "tri-yen-2024.docx", name: "Ủy ban nhân dân xã Trí Yên", level: "xã", district: "Yên Dũng" },
  { file: "tien-dong-2024.docx", name: "Ủy ban nhân dân xã Tiên Động", level: "xã", district: "Tứ Kỳ" },
];

let oidc;
let service;
let browser;
let adminToken;

/** An access token of the stand-in for the API, as Entra would issue it to `user`. */
function tokenFor(user, audience = API_CLIENT_ID) {
  return oidc.token({
    aud: audience,
    scp: "access_as_user",
    preferred_username: user.upn,
    name: user.name,
    oid: objectIdOf(user.upn),
  });
}

before(async () => {
  oidc = await startOidcStandIn();
  service = await startService({
    env: entraServiceEnv(oidc, [
      { upn: REVIEWER.upn, role: "DistrictReviewer", district: "Yên Dũng" },
      { upn: ADMIN.upn, role: "Admin" },
    ]),
  });
  adminToken = tokenFor(ADMIN);
  for (const { file, ...profile } of UNITS) {
    const unit = await createUnit(service.url, { ...profile, symbol: "UBND" }, adminToken);
    await submitPlan(service.url, file, unit.id, adminToken);
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
  await oidc?.stop();
});

/**
 * Runs in the page before its scripts: a stand-in for MSAL's `createStandardPublicClientApplication` whose cache holds
 * `session` (an account and its access token) or nothing, recording every call in `window.__msalCalls`.
 */
function standInMsal(session) {
  const calls = [];
  window.__msalCalls = calls;
  window.__thiduaTestMsal = async (configuration) => {
    const { clientId, authority, redirectUri } = configuration.auth;
    calls.push({ call: "create", clientId, authority, redirectUri });
    let active = null;
    return {
      handleRedirectPromise: async () => null,
      getActiveAccount: () => active,
      getAllAccounts: () => (session ? [session.account] : []),
      setActiveAccount: (account) => void (active = account),
      acquireTokenSilent: async (request) => {
        calls.push({ call: "acquireTokenSilent", scopes: request.scopes, account: request.account?.username ?? null });
        if (!session) throw Object.assign(new Error("no tokens"), { errorCode: "no_tokens_found" });
        return { accessToken: session.accessToken, account: request.account };
      },
      loginRedirect: async (request) => void calls.push({ call: "loginRedirect", scopes: request.scopes }),
      logoutRedirect: async (request) =>
        void calls.push({
          call: "logoutRedirect",
          account: request.account?.username ?? null,
          postLogoutRedirectUri: request.postLogoutRedirectUri,
        }),
    };
  };
}

/** Opens the dashboard with the stand-in MSAL holding `session` (or none), recording the page's API calls. */
async function openWith(session) {
  const view = await openDashboard(browser, service.url, "/dashboard", { init: { script: standInMsal, arg: session } });
  const calls = [];
  view.page.on("response", (response) => {
    const request = response.request();
    if (request.url().startsWith(`${service.url}/api/`)) {
      const url = new URL(request.url());
      calls.push({
        path: url.pathname,
        query: url.search,
        authorization: request.headers().authorization ?? null,
        status: response.status(),
      });
    }
  });
  return { ...view, calls, msal: () => view.page.evaluate(() => window.__msalCalls) };
}

function claimsOf(authorization) {
  assert.match(authorization ?? "", /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/, "a bearer JWT");
  return JSON.parse(Buffer.from(authorization.split(" ")[1].split(".")[1], "base64url").toString("utf8"));
}

describe("Bảng tổng hợp in Entra ID mode", () => {
  test("a signed-in reviewer sees their name and district and their district's data, every call with the token", async () => {
    const session = { account: { username: REVIEWER.upn, homeAccountId: "reviewer" }, accessToken: tokenFor(REVIEWER) };
    const view = await openWith(session);
    try {
      const { page } = view;
      await page.getByText(`${REVIEWER.name} · Phòng Nội vụ huyện Yên Dũng`).waitFor({ timeout: 30_000 });
      await page.locator("#coverage-table tbody tr[data-unit]").first().waitFor({ timeout: 30_000 });
      await page.locator("figure.indicator canvas").first().waitFor({ timeout: 30_000 });
      assert.ok(await page.getByRole("button", { name: "Đăng xuất" }).isVisible());
      assert.ok(await page.locator("#sign-in").isHidden(), "no sign-in prompt");

      // MSAL was configured from /api/pane/config, with the dashboard as redirect URI, and asked for the API's scope.
      const config = await api(service.url, "/api/pane/config");
      assert.equal(config.clientId, API_CLIENT_ID);
      const msal = await view.msal();
      assert.deepEqual(msal[0], {
        call: "create",
        clientId: API_CLIENT_ID,
        authority: config.authority,
        redirectUri: `${service.url}/dashboard`,
      });
      const silent = msal.filter((c) => c.call === "acquireTokenSilent");
      assert.ok(silent.length > 0);
      for (const c of silent) assert.deepEqual(c.scopes, [SCOPE]);

      // The reviewer's district only: Trí Yên (Yên Dũng) is shown, Tiên Động (Tứ Kỳ) is not, as the service scopes it.
      const year = Number(await page.locator("#filter-year").inputValue());
      const reviewerCoverage = await api(service.url, `/api/units/coverage?year=${year}`, {
        token: session.accessToken,
      });
      const adminCoverage = await api(service.url, `/api/units/coverage?year=${year}`, { token: adminToken });
      assert.ok(adminCoverage.length > reviewerCoverage.length, "the administrator sees more units than the reviewer");
      const shown = await page.$$eval("#coverage-table tbody tr[data-unit]", (rows) =>
        rows.map((tr) => tr.children[0].textContent.trim()),
      );
      assert.deepEqual(shown.sort(), reviewerCoverage.map((r) => r.unitName).sort());
      assert.ok(shown.includes(UNITS[0].name) && !shown.includes(UNITS[1].name), shown.join(", "));

      // An export is fetched with the token and saved under the service's file name.
      const download = page.waitForEvent("download");
      // The CSV for Excel with Vietnamese regional settings says which it is, and is: `;` between fields.
      await page.getByRole("link", { name: "cho Excel tiếng Việt (dấu ;, số thập phân dấu phẩy)" }).click();
      const file = await download;
      assert.match(file.suggestedFilename(), /-excel-tieng-viet\.csv$/);
      const csv = readFileSync(await file.path(), "utf8");
      assert.match(csv, /^\uFEFF?Năm;Đơn vị ban hành;/u);
      assert.match(csv, /Trí Yên/);
      assert.doesNotMatch(csv, /Tiên Động/);
      const exported = view.calls.find((c) => c.path === "/api/kpis" && c.query.includes("format=csv-vn"));
      assert.equal(exported?.status, 200);

      // Every call but the anonymous sign-in settings carried the reviewer's token and was accepted.
      const paths = new Set(view.calls.map((c) => c.path));
      for (const p of [
        "/api/pane/config",
        "/api/me",
        "/api/plans",
        "/api/kpis/catalogue",
        "/api/units/coverage",
        "/api/kpis/summary",
        "/api/kpis",
      ])
        assert.ok(paths.has(p), `no call to ${p}`);
      for (const c of view.calls) {
        assert.equal(c.status, 200, `${c.path}${c.query}`);
        if (c.path === "/api/pane/config") assert.equal(c.authorization, null);
        else assert.equal(claimsOf(c.authorization).preferred_username, REVIEWER.upn, c.path);
      }
      await saveScreenshot(page, "dashboard-dang-nhap.png", { fullPage: false });
      assert.deepEqual(view.errors, []);

      // Đăng xuất signs the account out by redirect, back to the dashboard.
      await page.getByRole("button", { name: "Đăng xuất" }).click();
      await page.waitForFunction(() => window.__msalCalls.some((c) => c.call === "logoutRedirect"));
      assert.deepEqual(
        (await view.msal()).find((c) => c.call === "logoutRedirect"),
        { call: "logoutRedirect", account: REVIEWER.upn, postLogoutRedirectUri: `${service.url}/dashboard` },
      );
    } finally {
      await view.context.close();
    }
  });

  test("without a session it shows the Vietnamese sign-in prompt, no data call, and Đăng nhập redirects to Entra ID", async () => {
    const view = await openWith(null);
    try {
      const { page } = view;
      await page.getByRole("heading", { name: "Chưa đăng nhập" }).waitFor({ timeout: 30_000 });
      await page
        .getByText("Chưa có tài khoản Microsoft 365 nào đăng nhập. Bấm Đăng nhập để chọn tài khoản của đơn vị.")
        .waitFor();
      assert.equal(await page.locator("#account-line").textContent(), "Chưa đăng nhập");
      assert.ok(await page.getByRole("button", { name: "Đăng xuất" }).isHidden());
      assert.ok(await page.locator("#content").isHidden(), "the empty data is not shown");
      assert.deepEqual(
        view.calls.map((c) => c.path),
        ["/api/pane/config"],
        "nothing is asked of the service without a token",
      );
      await saveScreenshot(page, "dashboard-chua-dang-nhap.png", { fullPage: false });

      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.waitForFunction(() => window.__msalCalls.some((c) => c.call === "loginRedirect"));
      assert.deepEqual(
        (await view.msal()).find((c) => c.call === "loginRedirect"),
        { call: "loginRedirect", scopes: [SCOPE] },
      );
      assert.ok(
        await page.getByRole("button", { name: "Đăng nhập" }).isDisabled(),
        "the button waits while the page goes to Entra ID",
      );
      assert.deepEqual(view.errors, []);
    } finally {
      await view.context.close();
    }
  });

  test("a token the service refuses (another API) shows the Vietnamese message with Đăng nhập, not a blank page", async () => {
    const session = {
      account: { username: REVIEWER.upn, homeAccountId: "reviewer" },
      accessToken: tokenFor(REVIEWER, "api://another-api"),
    };
    const view = await openWith(session);
    try {
      const { page } = view;
      await page.getByRole("heading", { name: "Dịch vụ không chấp nhận phiên đăng nhập" }).waitFor({ timeout: 30_000 });
      assert.ok(await page.getByRole("button", { name: "Đăng nhập" }).isVisible());
      const me = view.calls.filter((c) => c.path === "/api/me");
      assert.deepEqual(
        me.map((c) => c.status),
        [401],
        "refused once, not retried by a redirect",
      );
      assert.ok(
        !(await view.msal()).some((c) => c.call === "loginRedirect"),
        "no redirect without the reviewer's click",
      );
    } finally {
      await view.context.close();
    }
  });

  test("an account that is no member is told it may not see the data, in Vietnamese, and can sign in as another", async () => {
    const outsider = { upn: "khach@other.test", name: "Lê Văn C" };
    const session = { account: { username: outsider.upn, homeAccountId: "outsider" }, accessToken: tokenFor(outsider) };
    const view = await openWith(session);
    try {
      const { page } = view;
      await page.getByRole("heading", { name: "Tài khoản chưa được phân quyền" }).waitFor({ timeout: 30_000 });
      await page.getByText(/không có quyền xem dữ liệu này/).waitFor();
      assert.match(await page.locator("#account-line").textContent(), new RegExp(`^${outsider.name} · `));
      assert.ok(await page.getByRole("button", { name: "Đăng nhập" }).isVisible());
      assert.ok(await page.getByRole("button", { name: "Đăng xuất" }).isVisible());
      assert.equal(view.calls.find((c) => c.path === "/api/me")?.status, 200);
      assert.ok(
        view.calls.some((c) => c.status === 403),
        JSON.stringify(view.calls),
      );
    } finally {
      await view.context.close();
    }
  });
});
