import { sectors } from "../../../service/ThiDua.Plans/Kpis/Resources/kpi-catalogue.json";

/**
 * The lĩnh vực — sectors — of the KPI catalogue the service ships (ThiDua.Plans, Resources/kpi-catalogue.json, read at
 * build time: only its `sectors` list is bundled), so the dashboard names a sector as people do (`y-te` → "Y tế").
 */
const names = new Map(sectors.map((s) => [s.slug, s.name.normalize("NFC")]));

/** The Vietnamese name of a sector slug; the slug itself when the catalogue does not know it, "Khác" for none. */
export function sectorName(slug: string): string {
  if (slug === "") return "Khác";
  return names.get(slug) ?? slug;
}

/** Catalogue order of the sectors (Kinh tế first…); unknown slugs after the known ones. */
export function sectorOrder(slug: string): number {
  const index = sectors.findIndex((s) => s.slug === slug);
  return index === -1 ? sectors.length : index;
}
