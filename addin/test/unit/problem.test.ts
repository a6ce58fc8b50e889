import { afterEach, describe, expect, it } from "vitest";
import { ApiError, problemOf, request } from "../../src/api/http";
import { installXhr } from "./fakeXhr";

const original = (globalThis as Record<string, unknown>).XMLHttpRequest;
afterEach(() => ((globalThis as Record<string, unknown>).XMLHttpRequest = original));

// The service answers every error in one shape (ApiProblem in docs/openapi.json).
const shape = {
  type: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
  title: "Lỗi máy chủ",
  status: 500,
  detail: "Máy chủ gặp lỗi khi xử lý yêu cầu này; dữ liệu đã gửi không bị lưu dở dang.",
  instance: "/api/campaigns",
  traceId: "0HN8:00000001",
};

describe("the one problem shape", () => {
  it("reads every field of the shape, and nothing from a body that is not an object", () => {
    const findings = [{ code: "UNITS_PARENT", severity: "error", message: "Dòng 3", path: "units[2]" }];
    expect(problemOf({ ...shape, status: 422, findings, extra: 1 })).toEqual({ ...shape, status: 422, findings });
    expect(problemOf({ title: 5, status: "500" })).toEqual({
      type: undefined,
      title: undefined,
      status: undefined,
      detail: undefined,
      instance: undefined,
      traceId: undefined,
      findings: undefined,
    });
    expect(problemOf([shape])).toBeUndefined();
    expect(problemOf("Lỗi")).toBeUndefined();
  });

  it("a server error names its title, detail and trace id for the administrator", async () => {
    installXhr(() => ({ status: 500, json: shape }));
    const err = await request("/api/campaigns").catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe(`${shape.title}: ${shape.detail} (mã 500, traceId ${shape.traceId})`);
    expect((err as ApiError).problem?.instance).toBe("/api/campaigns");
  });

  it("a refusal keeps its findings for the pane and does not show the trace id", async () => {
    const findings = [
      { code: "READ_NOT_ZIP", severity: "error", message: "Tệp a.xlsx không phải bảng tính", path: "" },
    ];
    installXhr(() => ({
      status: 422,
      json: {
        ...shape,
        status: 422,
        title: "Tệp không đọc được, không nộp",
        detail: "Không nhận tệp a.xlsx.",
        findings,
      },
    }));
    const err = (await request("/api/campaigns/c/units/u/submissions", { method: "POST" }).catch((e) => e)) as ApiError;
    expect(err.message).toBe("Tệp không đọc được, không nộp: Không nhận tệp a.xlsx. (mã 422)");
    expect(err.problem?.findings).toEqual(findings);
  });
});
