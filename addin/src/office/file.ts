// Reads the open document's bytes through Office.context.document.getFileAsync, slice by slice.
// Only one file may be open at a time: the file is always closed, even on failure or cancel.

export const SLICE_SIZE = 4 * 1024 * 1024; // the maximum Office accepts

export async function readDocumentFile(
  onProgress?: (slice: number, slices: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const file = await new Promise<Office.File>((resolve, reject) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, (r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(officeError("đọc tài liệu", r.error)),
    ),
  );
  try {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      if (signal?.aborted) throw new DOMException("Đã hủy.", "AbortError");
      const slice = await new Promise<Office.Slice>((resolve, reject) =>
        file.getSliceAsync(i, (r) =>
          r.status === Office.AsyncResultStatus.Succeeded
            ? resolve(r.value)
            : reject(officeError(`đọc phần ${i + 1} của tài liệu`, r.error)),
        ),
      );
      const bytes = Uint8Array.from(slice.data as ArrayLike<number>);
      parts.push(bytes);
      total += bytes.length;
      onProgress?.(i + 1, file.sliceCount);
    }
    if (total !== file.size && file.size > 0)
      throw new Error(`Office trả về ${total} byte thay vì ${file.size} byte khi đọc tài liệu.`);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) out.set(p, at), (at += p.length);
    return out;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

export function officeError(action: string, error: Office.Error | undefined): Error {
  return new Error(`Office không ${action} được${error?.message ? `: ${error.message}` : ""}.`);
}
