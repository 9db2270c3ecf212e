import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// The generator is plain Node (no dependencies) so it runs anywhere; its functions are tested here.
import {
  DEVELOPMENT_ID,
  DEVELOPMENT_URL,
  PRODUCTION_ID,
  normalizeBaseUrl,
  renderManifest,
} from "../../../manifest/generate.mjs";
import { homeTabButton, insecureUrls, manifestUrls, residProblems } from "./manifest-rules";
import { schemaProblems } from "./manifest-schema";

const devManifest = readFileSync(new URL("../../../manifest/manifest.dev.xml", import.meta.url), "utf8");
const deployed = renderManifest({ url: "https://thidua.example.gov.vn" });

describe("development manifest", () => {
  it("is what the generator writes for https://localhost:5001", () => {
    expect(devManifest).toBe(
      renderManifest({ url: DEVELOPMENT_URL, id: DEVELOPMENT_ID, displayName: "Kế hoạch thi đua (phát triển)" }),
    );
  });

  it("follows the manifest schema (order, counts, types)", () => {
    expect(schemaProblems(devManifest)).toEqual([]);
  });

  it("names only https URLs on the development origin", () => {
    const urls = manifestUrls(devManifest);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(insecureUrls(devManifest)).toEqual([]);
    for (const u of urls) expect(new URL(u).origin).toBe("https://localhost:5001");
  });

  it("resolves every resid in the right resource list", () => {
    expect(residProblems(devManifest)).toEqual([]);
  });

  it("puts a Kế hoạch thi đua button with 16/32/80 px icons on the Home tab that opens the pane", () => {
    expect(homeTabButton(devManifest)).toEqual({
      label: "Kế hoạch thi đua",
      iconSizes: ["16", "32", "80"],
      opensPane: true,
    });
  });
});

describe("deployment manifest generator", () => {
  it("writes a valid manifest for the deployment origin with the production id", () => {
    expect(schemaProblems(deployed)).toEqual([]);
    expect(residProblems(deployed)).toEqual([]);
    expect(deployed).toContain(`<Id>${PRODUCTION_ID}</Id>`);
    for (const u of manifestUrls(deployed))
      expect(u.startsWith("https://thidua.example.gov.vn/") || u === "https://thidua.example.gov.vn").toBe(true);
    expect(deployed).not.toMatch(/\{\{|localhost/u);
  });

  it("adds Office single sign-on (WebApplicationInfo, last in VersionOverrides) only when given the Entra client id", () => {
    const clientId = "5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70";
    const sso = renderManifest({ url: "https://thidua.example.gov.vn", clientId });
    expect(schemaProblems(sso)).toEqual([]);
    expect(sso).toMatch(
      new RegExp(`<WebApplicationInfo>\\s*<Id>${clientId}</Id>\\s*<Resource>api://${clientId}</Resource>`, "u"),
    );
    expect(sso).toMatch(/<Scope>Files\.Read\.All<\/Scope>[\s\S]*<\/WebApplicationInfo>\s*<\/VersionOverrides>/u);
    const domainForm = renderManifest({
      url: "https://thidua.example.gov.vn",
      clientId,
      resource: `api://thidua.example.gov.vn/${clientId}`,
    });
    expect(domainForm).toContain(`<Resource>api://thidua.example.gov.vn/${clientId}</Resource>`);
    expect(deployed).not.toContain("WebApplicationInfo");
    expect(() => renderManifest({ url: "https://thidua.example.gov.vn", clientId: "thidua-api" })).toThrow(/GUID/u);
    expect(() => renderManifest({ url: "https://thidua.example.gov.vn", resource: "api://x" })).toThrow(/--client-id/u);
  });

  it("reports a WebApplicationInfo whose Id is not a GUID", () => {
    const bad = renderManifest({
      url: "https://thidua.example.gov.vn",
      clientId: "5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70",
    }).replace("<Id>5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70</Id>", "<Id>thidua</Id>");
    expect(schemaProblems(bad).join("\n")).toMatch(/WebApplicationInfo/u);
  });

  it("accepts an origin with a port and drops a trailing slash", () => {
    expect(normalizeBaseUrl("https://may-chu.vn:8443/")).toBe("https://may-chu.vn:8443");
  });

  it.each([
    ["http://thidua.example.gov.vn", /HTTPS/u],
    ["https://thidua.example.gov.vn/pane", /không kèm đường dẫn/u],
    ["https://thidua.example.gov.vn/?a=1", /không kèm đường dẫn/u],
    ["không phải địa chỉ", /không hợp lệ/u],
  ])("refuses %s", (url, message) => {
    expect(() => renderManifest({ url })).toThrow(message);
  });

  it("refuses an id that is not a GUID and a malformed version", () => {
    expect(() => renderManifest({ url: DEVELOPMENT_URL, id: "thidua" })).toThrow(/GUID/u);
    expect(() => renderManifest({ url: DEVELOPMENT_URL, version: "1.0-beta" })).toThrow(/Phiên bản/u);
  });

  it("escapes XML in the display name", () => {
    const xml = renderManifest({ url: DEVELOPMENT_URL, displayName: `Thi đua "A" & <B>` });
    expect(schemaProblems(xml)).toEqual([]);
    expect(xml).toContain('DefaultValue="Thi đua &quot;A&quot; &amp; &lt;B&gt;"');
  });
});

describe("the offline checks catch broken manifests", () => {
  it("reports elements out of the schema's order", () => {
    const swapped = devManifest.replace(
      /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/u,
      "$2\n  $1",
    );
    expect(swapped).not.toBe(devManifest);
    expect(schemaProblems(swapped).join("\n")).toMatch(/Version|ProviderName/u);
  });

  it("reports a missing required element", () => {
    const noPermissions = devManifest.replace(/<Permissions>[^<]*<\/Permissions>/u, "");
    expect(schemaProblems(noPermissions).join("\n")).toMatch(/thiếu <Permissions>/u);
  });

  it("reports a ribbon button without a Supertip", () => {
    const broken = devManifest.replace(/<Supertip>[\s\S]*?<\/Supertip>/u, "");
    expect(schemaProblems(broken).join("\n")).toMatch(/Supertip/u);
  });

  it("reports an unknown permission and a non-GUID id", () => {
    const broken = devManifest.replace("ReadWriteDocument", "Everything").replace(DEVELOPMENT_ID, "123");
    const problems = schemaProblems(broken).join("\n");
    expect(problems).toMatch(/quyền "Everything"/u);
    expect(problems).toMatch(/GUID/u);
  });

  it("reports a string resource over 125 characters", () => {
    const long = "x".repeat(126);
    const broken = devManifest.replace('DefaultValue="Thi đua"', `DefaultValue="${long}"`);
    expect(schemaProblems(broken).join("\n")).toMatch(/độ dài 126/u);
  });

  it("reports http URLs and dangling resids", () => {
    const broken = devManifest
      .replace("https://localhost:5001/help.html", "http://localhost:5000/help.html")
      .replace('resid="Taskpane.Url"', 'resid="Pane.Url"');
    expect(insecureUrls(broken)).toEqual(["http://localhost:5000/help.html"]);
    expect(residProblems(broken)).toEqual(['<SourceLocation resid="Pane.Url">: không có trong bt:Urls']);
  });

  it("reports XML that is not well-formed", () => {
    expect(schemaProblems("<OfficeApp><Id>").length).toBeGreaterThan(0);
  });
});
