import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentTooLargeError, readDocumentFile } from "./document-file";

interface FakeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: unknown) => void): void;
  closeAsync(callback: () => void): void;
}

/** Installs a minimal global `Office` whose getFileAsync serves the given slices. */
function installOffice(slices: number[][], failAt = -1) {
  const closed = vi.fn();
  const ok = (value: unknown) => ({ status: "succeeded", value });
  const file: FakeFile = {
    size: slices.flat().length,
    sliceCount: slices.length,
    getSliceAsync: (index, callback) =>
      callback(
        index === failAt
          ? { status: "failed", error: { message: "Mất kết nối với tệp." } }
          : ok({ data: slices[index], index }),
      ),
    closeAsync: (callback) => {
      closed();
      callback();
    },
  };
  const getFileAsync = vi.fn((_type: string, _options: unknown, callback: (r: unknown) => void) => callback(ok(file)));
  vi.stubGlobal("Office", {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { document: { getFileAsync } },
  });
  return { closed, getFileAsync };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readDocumentFile", () => {
  it("joins the slices of the compressed file in order and reports progress", async () => {
    const { closed, getFileAsync } = installOffice([[80, 75], [3, 4], [20]]);
    const progress: string[] = [];
    const bytes = await readDocumentFile({ onProgress: (read, total) => progress.push(`${read}/${total}`) });
    expect(Array.from(bytes)).toEqual([80, 75, 3, 4, 20]);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(getFileAsync.mock.calls[0]![0]).toBe("compressed");
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it("refuses a file over the service's limit from its size, before reading any slice", async () => {
    const { closed } = installOffice([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const read = vi.fn();
    await expect(readDocumentFile({ maxBytes: 5, onProgress: read })).rejects.toBeInstanceOf(DocumentTooLargeError);
    await expect(readDocumentFile({ maxBytes: 5 })).rejects.toThrow(/^Văn bản nặng 0 MB, quá giới hạn 0 MB/u);
    expect(read).not.toHaveBeenCalled();
    expect(closed).toHaveBeenCalledTimes(2);
    await expect(readDocumentFile({ maxBytes: 6 })).resolves.toHaveLength(6);
  });

  it("closes the file and reports Word's message when a slice fails", async () => {
    const { closed } = installOffice([[1], [2]], 1);
    await expect(readDocumentFile()).rejects.toThrow("Mất kết nối với tệp.");
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
