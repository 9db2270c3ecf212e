import { describe, expect, it } from "vitest";
import { ApiError, DashboardApi, fileNameOf } from "./api";

/** A network answering every request with `response`, recording the URLs and Authorization headers. */
function network(response: () => Response) {
  const seen: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(`${String(input)} ${new Headers(init?.headers).get("Accept") ?? "-"}`);
    return response();
  };
  return { fetch, seen };
}

describe("DashboardApi", () => {
  it("GETs JSON through the given fetch, the query without empty values", async () => {
    const net = network(() => Response.json([{ code: "a" }]));
    const rows = await new DashboardApi(net.fetch).getJson<{ code: string }[]>("/api/kpis/summary", {
      year: 2024,
      sector: "",
      code: undefined,
    });
    expect(rows).toEqual([{ code: "a" }]);
    expect(net.seen).toEqual(["/api/kpis/summary?year=2024 application/json"]);
  });

  it("throws the service's Vietnamese detail with the status", async () => {
    const net = network(() => Response.json({ title: "Forbidden", detail: "Không có quyền." }, { status: 403 }));
    const error = await new DashboardApi(net.fetch).getJson("/api/plans").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, message: "Không có quyền." });
  });

  it("names a refusal without a problem document by its status", async () => {
    const net = network(() => new Response("", { status: 401 }));
    await expect(new DashboardApi(net.fetch).getJson("/api/plans")).rejects.toThrow("Máy chủ trả lời lỗi 401.");
  });

  it("downloads an export's bytes under the service's file name", async () => {
    const headers = {
      "Content-Disposition": "attachment; filename=chi-tieu.xlsx; filename*=UTF-8''Ch%E1%BB%89%20ti%C3%AAu%202024.xlsx",
    };
    const net = network(() => new Response(new Uint8Array([80, 75, 3, 4]), { headers }));
    const file = await new DashboardApi(net.fetch).download("/api/kpis?year=2024&format=xlsx");
    expect(file.fileName).toBe("Chỉ tiêu 2024.xlsx");
    expect([...new Uint8Array(await file.blob.arrayBuffer())]).toEqual([80, 75, 3, 4]);
  });

  it("does not save a refused export", async () => {
    const net = network(() => new Response("", { status: 401 }));
    await expect(new DashboardApi(net.fetch).download("/api/kpis?format=csv")).rejects.toMatchObject({ status: 401 });
  });
});

describe("fileNameOf", () => {
  it("prefers filename* over filename", () => {
    expect(fileNameOf(`attachment; filename="a.csv"; filename*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p.csv`, "/x")).toBe(
      "Tổng hợp.csv",
    );
  });

  it("reads a plain or quoted filename", () => {
    expect(fileNameOf('attachment; filename="bao-cao.xlsx"', "/x")).toBe("bao-cao.xlsx");
    expect(fileNameOf("attachment; filename=bao-cao.csv", "/x")).toBe("bao-cao.csv");
  });

  it("falls back to the path and format without a header, or with a malformed escape", () => {
    expect(fileNameOf(null, "/api/units/coverage?year=2024&format=xlsx")).toBe("coverage.xlsx");
    expect(fileNameOf("attachment; filename*=UTF-8''%E1%ZZ", "/api/kpis?format=csv")).toBe("kpis.csv");
  });
});
