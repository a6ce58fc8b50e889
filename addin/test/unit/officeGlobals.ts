// Installs office-addin-mock objects as the Office, Excel and Word globals the adapters use. The enums are plain
// values (as in Office.js); the object model goes through OfficeMockObject, which enforces load() + sync().
import { OfficeMockObject } from "office-addin-mock";

export const OfficeEnums = {
  FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
};
export const ExcelEnums = { WorksheetPositionType: { end: "End", start: "Start" } };
export const WordEnums = { InsertLocation: { replace: "Replace", end: "End", start: "Start" } };

type Mock = OfficeMockObject & Record<string, any>;

export function installMock(name: "Office" | "Excel" | "Word", data: Record<string, unknown>): Mock {
  const mock = new OfficeMockObject(data) as Mock;
  Object.assign(mock, name === "Office" ? OfficeEnums : name === "Excel" ? ExcelEnums : WordEnums);
  (globalThis as Record<string, unknown>)[name] = mock;
  return mock;
}

export function succeeded<T>(value: T) {
  return { status: OfficeEnums.AsyncResultStatus.Succeeded, value };
}

export function failed(message: string) {
  return { status: OfficeEnums.AsyncResultStatus.Failed, error: { message } };
}

/** A document whose getFileAsync hands out `bytes` in slices of `sliceSize`, recording what was asked. */
export function fileDocument(bytes: Uint8Array, sliceSize: number, opts: { failSlice?: number } = {}) {
  const log = { fileType: undefined as unknown, options: undefined as unknown, slices: [] as number[], closed: 0 };
  const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
  const document = {
    getFileAsync(fileType: unknown, options: unknown, callback: (r: unknown) => void) {
      log.fileType = fileType;
      log.options = options;
      callback(
        succeeded({
          size: bytes.length,
          sliceCount,
          getSliceAsync(index: number, cb: (r: unknown) => void) {
            log.slices.push(index);
            if (index === opts.failSlice) return cb(failed("slice lost"));
            cb(
              succeeded({
                index,
                size: 0,
                data: Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize)),
              }),
            );
          },
          closeAsync(cb: () => void) {
            log.closed++;
            cb();
          },
        }),
      );
    },
  };
  return { document, log };
}
