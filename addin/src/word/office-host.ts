import { missingRequirements, unsupportedHostMessage } from "./requirements";

/** What the pane learns when Office has loaded. */
export type HostConnection =
  | { readonly ready: true; readonly platform: string }
  | { readonly ready: false; readonly message: string };

/**
 * Waits for Office.js (loaded by taskpane.html from Microsoft's CDN) and checks that the host is Word with the
 * requirement sets of {@link REQUIRED_SETS}. Never throws: a pane opened outside Word or in an old Word gets a
 * Vietnamese message instead.
 */
export async function connectToWord(): Promise<HostConnection> {
  if (typeof Office === "undefined") {
    return { ready: false, message: "Không tải được Office.js. Hãy mở ngăn này từ Word (Trang đầu › Kế hoạch thi đua)." };
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Word) {
    return { ready: false, message: "Ngăn Kế hoạch thi đua chỉ chạy trong Word." };
  }
  const missing = missingRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
  if (missing.length > 0) return { ready: false, message: unsupportedHostMessage(missing) };
  return { ready: true, platform: String(info.platform ?? "") };
}
