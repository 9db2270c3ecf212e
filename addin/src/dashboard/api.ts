/**
 * The KPI database endpoints the dashboard reads (ThiDua.Service, same origin): coverage, summary, plans, catalogue.
 * Their shapes are the generated client's types (`../api/client`, from the service's OpenAPI document): `CoverageRow`,
 * `IndicatorSummary`, `PageOfPlanRow`, `PlanDetail`, `CatalogueEntry`; values are numbers in the indicator's base unit.
 */

/** A failed request, with the Vietnamese detail of the service's problem response when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The network the dashboard's calls go through: the sign-in session's `fetch`, which adds the bearer token. */
export type DashboardFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** An export as the service sent it: the file's bytes and its name (from `Content-Disposition`). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The service's endpoints as the dashboard calls them, every request through `fetch` (the session's, with the token). */
export class DashboardApi {
  constructor(private readonly fetch: DashboardFetch) {}

  /** GETs `path` (with `query`, empty values left out) and parses the JSON answer. @throws ApiError on a status ≥ 400. */
  async getJson<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const response = await this.fetch(withQuery(path, query), { headers: { Accept: "application/json" } });
    if (!response.ok) throw await apiError(response);
    return (await response.json()) as T;
  }

  /**
   * GETs an export (`format=xlsx|csv` in `url`) and @returns its bytes and file name — fetched rather than linked, so
   * the request carries the token. @throws ApiError on a status ≥ 400.
   */
  async download(url: string): Promise<DownloadedFile> {
    const response = await this.fetch(url);
    if (!response.ok) throw await apiError(response);
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("Content-Disposition"), url) };
  }
}

/** The error of a failed answer, with the Vietnamese detail of the service's problem response when there is one. */
async function apiError(response: Response): Promise<ApiError> {
  let detail = `Máy chủ trả lời lỗi ${response.status}.`;
  try {
    const problem = (await response.json()) as { detail?: string; title?: string };
    detail = problem.detail ?? problem.title ?? detail;
  } catch {
    // not a problem document: keep the status sentence
  }
  return new ApiError(response.status, detail);
}

/**
 * The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` before `filename=`), else the last segment
 * of `url`'s path with its `format` as extension (`kpis.xlsx`).
 */
export function fileNameOf(contentDisposition: string | null, url: string): string {
  const header = contentDisposition ?? "";
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/u.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/u.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  if (name) return name;
  const parsed = new URL(url, "http://localhost");
  const format = parsed.searchParams.get("format");
  const last = parsed.pathname.split("/").filter(Boolean).at(-1) ?? "du-lieu";
  return format ? `${last}.${format}` : last;
}

/** `path?k=v&…` without the empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
