// GET /api/templates/{name} — a blank official workbook (the `template` verb over HTTP).
import { fileNameOf, request, type Progress } from "./http";

export interface TemplateInfo {
  name: string;
  title: string;
}

/** The official workbooks a unit or an upper level starts from. */
export const TEMPLATES: TemplateInfo[] = [
  { name: "bieu-don-vi", title: "Biểu tổng hợp kết quả đánh giá, xếp loại (đơn vị)" },
  { name: "bieu-tong-hop", title: "Biểu tổng hợp của cấp trên (tổng hợp từ đơn vị trực thuộc)" },
];

export async function downloadTemplate(name: string, opts: { signal?: AbortSignal; onProgress?: Progress } = {}) {
  const res = await request<Blob>(`/api/templates/${encodeURIComponent(name)}`, { responseType: "blob", ...opts });
  return { blob: res.body, fileName: fileNameOf(res, `bieu-mau-${name}.xlsx`) };
}
