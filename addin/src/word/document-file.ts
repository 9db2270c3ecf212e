/** Slice size asked of `getFileAsync`: 64 KiB (Office allows up to 4 MiB; smaller slices give smoother progress). */
export const SLICE_SIZE = 64 * 1024;

/** Progress of reading the document: slices read so far out of the total. */
export type ReadProgress = (read: number, total: number) => void;

function asPromise<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message || "Word không trả về được nội dung văn bản."));
    });
  });
}

/**
 * The open document as .docx bytes (`getFileAsync(Office.FileType.Compressed)`), read slice by slice.
 * The file handle is always closed, also on failure (Office allows only a couple of open handles).
 * @param onProgress called after each slice.
 * @throws Error with a Vietnamese message when Word cannot give the file.
 */
export async function readDocumentFile(onProgress?: ReadProgress): Promise<Uint8Array> {
  const file = await asPromise<Office.File>((cb) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, cb),
  );
  try {
    const parts: Uint8Array[] = [];
    let length = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await asPromise<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      const bytes = Uint8Array.from(slice.data as ArrayLike<number>);
      parts.push(bytes);
      length += bytes.length;
      onProgress?.(i + 1, file.sliceCount);
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
