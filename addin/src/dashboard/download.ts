import type { DownloadedFile } from "./api";
import { el } from "./dom";

/** Hands a fetched export to the browser as a download under its file name (an object URL, released afterwards). */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL when the download starts; it is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
