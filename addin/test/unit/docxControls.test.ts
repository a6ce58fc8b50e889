import { deflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { readControlTexts, readZipEntries } from "../../src/docx/controls";

// A minimal zip writer (stored or deflated entries), enough to build .docx packages for the reader.
function zip(files: Record<string, string>, deflate = true): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, "utf8");
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const sdt = (tag: string, content: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const p = (...runs: string[]) =>
  `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;

const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>
  ${sdt("coQuanBanHanh", p("ĐẢNG ỦY XÃ ", "IA GRAI"))}
  ${sdt("diaDanhNgayThang", `<w:r><w:t>Ia Grai, ngày 05 tháng 12 năm 2025</w:t></w:r>`)}
  ${sdt("moDau", p("Đoạn một.") + p("Đoạn hai,", " có hai run."))}
  ${sdt("noiNhan", sdt("dong", p("Như trên")) + sdt("dong", p("Lưu VP")))}
</w:body></w:document>`;
const headerXml = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${sdt("duThao", p("DỰ THẢO"))}${sdt("coQuanBanHanh", p("khác"))}</w:hdr>`;

describe("readControlTexts (re-fill values from a generated .docx)", () => {
  it("answers the text of each plain content control by tag, from the body and the headers", async () => {
    const docx = zip({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": documentXml,
      "word/header1.xml": headerXml,
    });
    const values = await readControlTexts(docx, new DOMParser() as never);
    expect(values).toEqual({
      diaDanhNgayThang: "Ia Grai, ngày 05 tháng 12 năm 2025",
      moDau: "Đoạn một.\nĐoạn hai, có hai run.",
      duThao: "DỰ THẢO",
    });
    // Left out: the container (noiNhan), the repeated rows (dong), and a tag found twice (coQuanBanHanh).
  });

  it("reads stored (uncompressed) entries too, and says when the bytes are not a zip", async () => {
    const stored = zip(
      { "word/document.xml": `<w:document ${W}><w:body>${sdt("nguoiKy", p("Nguyễn Văn An"))}</w:body></w:document>` },
      false,
    );
    expect(await readControlTexts(stored, new DOMParser() as never)).toEqual({ nguoiKy: "Nguyễn Văn An" });
    await expect(readZipEntries(new TextEncoder().encode("không phải zip".repeat(5)), () => true)).rejects.toThrow(
      "không phải tệp Word (.docx)",
    );
  });
});
