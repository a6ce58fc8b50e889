import { describe, expect, it } from "vitest";
import { fileNameOf, fromBase64, toBase64 } from "../../src/api/http";
import type { Finding } from "../../src/api/validate";
import { type FindingDefinition, setFindingsCatalogue } from "../../src/api/findingsCatalogue";
import { findingDescription, groupBySheet } from "../../src/panes/findings";

describe("helpers", () => {
  it("base64 round-trips large byte arrays (chunked, no stack overflow)", () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256); // several 32 KB chunks
    const b64 = toBase64(bytes);
    expect(b64 === Buffer.from(bytes).toString("base64")).toBe(true);
    expect(Buffer.compare(Buffer.from(fromBase64(b64)), Buffer.from(bytes))).toBe(0);
  });

  it("takes the UTF-8 file name from Content-Disposition", () => {
    const res = (cd: string | null) => ({
      status: 200,
      body: null,
      contentType: "",
      headers: (n: string) => (n === "Content-Disposition" ? cd : null),
    });
    expect(fileNameOf(res("attachment; filename=x.xlsx; filename*=UTF-8''t%E1%BB%95ng-h%E1%BB%A3p.xlsx"), "f")).toBe(
      "tổng-hợp.xlsx",
    );
    expect(fileNameOf(res('attachment; filename="bao-cao.docx"'), "f")).toBe("bao-cao.docx");
    expect(fileNameOf(res(null), "mac-dinh.xlsx")).toBe("mac-dinh.xlsx");
  });

  it("groups findings by sheet, errors first, general findings last", () => {
    const f = (severity: Finding["severity"], sheet?: string): Finding => ({
      code: "X",
      severity,
      message: "m",
      path: "p",
      sheet,
      cell: sheet ? "A1" : undefined,
    });
    const groups = groupBySheet([f("warning", "Đảng viên"), f("info"), f("error", "Tổ chức"), f("error", "Đảng viên")]);
    expect([...groups.keys()]).toEqual(["Đảng viên", "Tổ chức", "Chung (không gắn với ô)"]);
    expect(groups.get("Đảng viên")!.map((x) => x.severity)).toEqual(["error", "warning"]);
  });
});

describe("findings catalogue", () => {
  const quota: FindingDefinition = {
    code: "QUOTA_EXCEEDED",
    severity: "error",
    area: "rules",
    areaName: "Quy tắc đánh giá, xếp loại",
    title: "Vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ",
    source: "QĐ 366 Điều 11 khoản 1.5",
    example: "…",
  };

  it("takes a finding's title and source from the finding, else from the loaded catalogue", () => {
    setFindingsCatalogue([quota]);
    const bare: Finding = { code: "QUOTA_EXCEEDED", severity: "error", message: "m", path: "p" };
    expect(findingDescription(bare)).toEqual({ title: quota.title, source: quota.source });
    expect(findingDescription({ ...bare, title: "Tên từ dịch vụ", source: "Nguồn từ dịch vụ" })).toEqual({
      title: "Tên từ dịch vụ",
      source: "Nguồn từ dịch vụ",
    });
    expect(findingDescription({ ...bare, code: "NOT_IN_CATALOGUE" })).toEqual({ title: undefined, source: undefined });
    setFindingsCatalogue([]);
    expect(findingDescription(bare).title).toBeUndefined();
  });
});
