/**
 * The KPI database endpoints the dashboard reads (ThiDua.Service, same origin): coverage, summary, plans, catalogue.
 * Shapes follow the service's JSON (camelCase); values are numbers in the indicator's base unit.
 */

/** One unit's submission state for a year (GET /api/units/coverage?year=). */
export interface CoverageRow {
  unitId: number;
  unitName: string;
  level: string;
  district: string;
  submitted: boolean;
  planId: number | null;
  currentVersion: number | null;
  versions: number;
  documentNumber: string;
  symbol: string;
  submittedAt: string | null;
  kpiCount: number;
}

/** One record of an indicator summary: a unit's value and where it was read. */
export interface SummaryPoint {
  kpiId: number;
  unitId: number;
  unitName: string;
  planId: number;
  value: number | null;
  valueAsWritten: string;
  sentence: string;
}

/** One indicator across units (GET /api/kpis/summary). */
export interface IndicatorSummary {
  code: string;
  label: string;
  sector: string;
  unit: string;
  comparator: string;
  unitsReporting: number;
  records: number;
  min: number | null;
  median: number | null;
  max: number | null;
  sum: number | null;
  summable: boolean;
  points: SummaryPoint[];
}

/** A stored plan with its current version (GET /api/plans). */
export interface PlanRow {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
  currentVersion: number;
  versions: number;
  documentNumber: string;
  symbol: string;
  subject: string;
  signedDate: string | null;
  signerName: string;
  fileName: string;
  hasFile: boolean;
  submittedAt: string;
  kpiCount: number;
}

/** A KPI record of a plan (items of GET /api/kpis and of a plan's detail). */
export interface KpiRow {
  id: number;
  planId: number;
  version: number;
  unitName: string;
  code: string;
  label: string;
  sector: string;
  comparator: string;
  value: number | null;
  valueAsWritten: string;
  unit: string;
  qualitative: boolean;
  source: { sentence: string; paragraph: number; location: string; row: number };
}

/** One version of a plan. */
export interface PlanVersionView {
  id: number;
  number: number;
  current: boolean;
  fileName: string;
  hasFile: boolean;
  subject: string;
  documentNumber: string;
  symbol: string;
  signedDate: string | null;
  signerName: string;
  submittedAt: string;
  supersededAt: string | null;
  kpiCount: number;
}

/** A plan with every version and the records of one (GET /api/plans/{id}). */
export interface PlanDetail {
  plan: PlanRow;
  versions: PlanVersionView[];
  shownVersion: number;
  kpis: KpiRow[];
}

/** A page of a list. */
export interface Page<T> {
  items: T[];
  number: number;
  pageSize: number;
  total: number;
}

/** An entry of the KPI catalogue (GET /api/kpis/catalogue). */
export interface CatalogueEntry {
  code: string;
  label: string;
  sector: string;
  unit: string;
}

/** A failed request, with the Vietnamese detail of the service's problem response when there is one. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GETs `path` (with `query`, empty values left out) and parses the JSON answer. */
export async function getJson<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const response = await fetch(withQuery(path, query), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `Máy chủ trả lời lỗi ${response.status}.`;
    try {
      const problem = (await response.json()) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not a problem document: keep the status sentence
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
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
