/** Slice size asked of `getFileAsync`: 512 KiB (Office allows up to 4 MiB; smaller slices give smoother progress). */
export const SLICE_SIZE = 512 * 1024;

/** Progress of reading the document: slices read so far out of the total. */
export type ReadProgress = (read: number, total: number) => void;

/** How to read the document. */
export interface ReadOptions {
  /** The largest file the service takes, in bytes (`GET /api/plans/limits`); a larger one is refused before any slice is read. */
  readonly maxBytes?: number;
  /** Called after each slice. */
  readonly onProgress?: ReadProgress;
}

/** The document is larger than the service takes: refused before it is read. */
export class DocumentTooLargeError extends Error {
  constructor(
    /** The document's size, in bytes. */
    readonly size: number,
    /** The limit, in bytes. */
    readonly limit: number,
  ) {
    super(
      `Văn bản nặng ${megabytes(size)}, quá giới hạn ${megabytes(limit)} mà dịch vụ nhận. ` +
        "Hãy giảm cỡ tệp (nén hoặc xóa ảnh lớn, tách phụ lục ra tệp riêng) rồi thử lại.",
    );
    this.name = "DocumentTooLargeError";
  }
}

/** `12,4 MB` — sizes the way a Vietnamese reader writes them. */
function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

function asPromise<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message || "Word không trả về được nội dung văn bản."));
    });
  });
}

/**
 * The open document as .docx bytes (`getFileAsync(Office.FileType.Compressed)`), read slice by slice. Word gives the
 * file's size before any slice: a document over `maxBytes` is refused at once. The file handle is always closed, also on
 * failure (Office allows only a couple of open handles).
 * @throws DocumentTooLargeError when the file is over `maxBytes`; Error with a Vietnamese message when Word cannot give it.
 */
export async function readDocumentFile(options: ReadOptions = {}): Promise<Uint8Array> {
  const file = await asPromise<Office.File>((cb) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, cb),
  );
  try {
    if (options.maxBytes !== undefined && file.size > options.maxBytes)
      throw new DocumentTooLargeError(file.size, options.maxBytes);
    const parts: Uint8Array[] = [];
    let length = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await asPromise<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      const bytes = Uint8Array.from(slice.data as ArrayLike<number>);
      parts.push(bytes);
      length += bytes.length;
      options.onProgress?.(i + 1, file.sliceCount);
    }
    const all = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      all.set(part, offset);
      offset += part.length;
    }
    return all;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}
