import { afterEach, describe, expect, it } from "vitest";
import { readDocumentFile, SLICE_SIZE } from "../../src/office/file";
import { fileDocument, installMock } from "./officeGlobals";

function bytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) % 256);
}

describe("readDocumentFile (getFileAsync slices)", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it("joins every slice in order, asks for the compressed file, and closes it", async () => {
    const content = bytes(10_000);
    const { document, log } = fileDocument(content, 4096);
    installMock("Office", {}).context = { document };
    const progress: string[] = [];
    const read = await readDocumentFile((i, n) => progress.push(`${i}/${n}`));
    expect(read).toEqual(content);
    expect(log.fileType).toBe("compressed");
    expect(log.options).toEqual({ sliceSize: SLICE_SIZE });
    expect(log.slices).toEqual([0, 1, 2]);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(log.closed).toBe(1);
  });

  it("fails with a Vietnamese message naming the slice, and still closes the file", async () => {
    const { document, log } = fileDocument(bytes(9000), 4096, { failSlice: 1 });
    installMock("Office", {}).context = { document };
    await expect(readDocumentFile()).rejects.toThrow("Office không đọc phần 2 của tài liệu được: slice lost.");
    expect(log.closed).toBe(1);
  });

  it("stops between slices when cancelled", async () => {
    const { document, log } = fileDocument(bytes(9000), 4096);
    installMock("Office", {}).context = { document };
    const controller = new AbortController();
    const promise = readDocumentFile((i) => i === 1 && controller.abort(), controller.signal);
    await expect(promise).rejects.toThrow("Đã hủy.");
    expect(log.slices).toEqual([0]);
    expect(log.closed).toBe(1);
  });

  it("refuses a file whose slices do not add up to its size", async () => {
    const { document } = fileDocument(bytes(5000), 4096);
    installMock("Office", {}).context = {
      document: {
        getFileAsync: (t: unknown, o: unknown, cb: (r: any) => void) =>
          document.getFileAsync(t, o, (r: any) => cb({ ...r, value: { ...r.value, size: 6000 } })),
      },
    };
    await expect(readDocumentFile()).rejects.toThrow("5000 byte thay vì 6000 byte");
  });
});
