/**
 * The Office requirement sets the pane needs, and the check against the running host.
 *
 * Baseline: WordApi 1.5 — perpetual Office 2021/2024 stop at WordApi 1.8, so nothing in the core flow may need 1.9 or
 * WordApiDesktop. CompressedFile 1.1 gives `getFileAsync(Office.FileType.Compressed)`, which sends the .docx to the service.
 */

/** One requirement set, as `Office.context.requirements.isSetSupported(name, version)` takes it. */
export interface RequirementSet {
  /** Set name, e.g. `WordApi`. */
  readonly name: string;
  /** Minimum version, e.g. `1.5`. */
  readonly version: string;
}

/** Sets the core flow (insert, check, select, fix in place, extract) needs. */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "WordApi", version: "1.5" },
  { name: "CompressedFile", version: "1.1" },
];

/**
 * The sets of {@link REQUIRED_SETS} the host lacks.
 * @param isSupported the host's check, normally `Office.context.requirements.isSetSupported`.
 * @returns an empty array when everything is there.
 */
export function missingRequirements(
  isSupported: (name: string, version: string) => boolean,
): RequirementSet[] {
  return REQUIRED_SETS.filter((set) => !isSupported(set.name, set.version));
}

/** The Vietnamese message shown when the host is too old, naming what is missing. */
export function unsupportedHostMessage(missing: readonly RequirementSet[]): string {
  const names = missing.map((s) => `${s.name} ${s.version}`).join(", ");
  return (
    `Phiên bản Word này chưa hỗ trợ ${names}. ` +
    "Hãy dùng Word cho Microsoft 365, Word 2021 trở lên hoặc Word trên web."
  );
}
