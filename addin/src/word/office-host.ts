import { officeLook, type OfficeLook } from "./office-theme";
import { detectFeatures, missingRequirements, unsupportedHostMessage, type WordFeatures } from "./requirements";

/** What the pane learns when Office has loaded. */
export type HostConnection =
  | { readonly ready: true; readonly platform: string; readonly features: WordFeatures; readonly look: OfficeLook }
  | { readonly ready: false; readonly message: string; readonly look: OfficeLook };

/**
 * Waits for Office.js (loaded by taskpane.html from Microsoft's CDN), checks that the host is Word with the requirement
 * sets the pane needs (requirements.ts), detects the newer ones and reads Office's theme. Never throws: a pane opened
 * outside Word or in an old Word gets a Vietnamese message instead.
 */
export async function connectToWord(): Promise<HostConnection> {
  if (typeof Office === "undefined") {
    return {
      ready: false,
      message: "Không tải được phần kết nối với Word. Hãy mở ngăn này từ Word (Trang đầu › Kế hoạch thi đua).",
      look: officeLook(),
    };
  }
  const info = await Office.onReady();
  const look = officeLook();
  if (info.host !== Office.HostType.Word)
    return { ready: false, message: "Ngăn Kế hoạch thi đua chỉ chạy trong Word.", look };
  const isSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
  const missing = missingRequirements(isSupported);
  if (missing.length > 0) return { ready: false, message: unsupportedHostMessage(missing), look };
  return { ready: true, platform: String(info.platform ?? ""), features: detectFeatures(isSupported), look };
}
