// Reads the plain-text content controls of a .docx (by tag) without Office: a minimal zip reader (stored and
// deflated entries, DecompressionStream) and the XML of the document, headers and footers. The Word pane uses it to
// re-fill the open document's fields from a freshly generated document, so no figure or date is formatted here.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The entries of a zip archive whose names match, decompressed. */
export async function readZipEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
): Promise<Map<string, Uint8Array>> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("Tệp không phải tệp Word (.docx): không đọc được cấu trúc zip.");
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("Tệp .docx bị hỏng (mục lục zip sai).");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, await inflateRaw(data));
    else throw new Error(`Tệp .docx dùng kiểu nén ${method} chưa hỗ trợ (${name}).`);
  }
  return out;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The text of every content control that can be re-filled as plain text: tag → text (paragraphs joined by "\n").
 * Left out: controls containing other controls (repeating sections, lists) and tags used more than once (the rows
 * of a repeating section), which only regeneration can rebuild.
 */
export async function readControlTexts(
  docx: Uint8Array,
  parser: { parseFromString(xml: string, type: string): Document } = new DOMParser(),
): Promise<Record<string, string>> {
  const parts = await readZipEntries(docx, (n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  const texts = new Map<string, string>();
  const repeated = new Set<string>();
  const decoder = new TextDecoder();
  for (const [, xml] of [...parts].sort(([a], [b]) =>
    a === "word/document.xml" ? -1 : b === "word/document.xml" ? 1 : a.localeCompare(b),
  )) {
    const doc = parser.parseFromString(decoder.decode(xml), "application/xml");
    const sdts = doc.getElementsByTagNameNS(W, "sdt");
    for (let i = 0; i < sdts.length; i++) {
      const sdt = sdts[i];
      const tag = child(child(sdt, "sdtPr"), "tag")?.getAttributeNS(W, "val");
      if (!tag) continue;
      const content = child(sdt, "sdtContent");
      if (!content) continue;
      if (texts.has(tag) || repeated.has(tag)) {
        texts.delete(tag);
        repeated.add(tag);
        continue;
      }
      if (content.getElementsByTagNameNS(W, "sdt").length > 0) {
        repeated.add(tag); // a container: not plain text
        continue;
      }
      texts.set(tag, textOf(content));
    }
  }
  return Object.fromEntries(texts);
}

function child(el: Element | null | undefined, local: string): Element | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local)
      return n as Element;
  return null;
}

function textOf(content: Element): string {
  const paragraphs = content.getElementsByTagNameNS(W, "p");
  if (paragraphs.length === 0) return runText(content);
  const lines: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) lines.push(runText(paragraphs[i]));
  return lines.join("\n");
}

function runText(el: Element): string {
  let s = "";
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === W && e.localName === "t") s += e.textContent ?? "";
      else if (e.namespaceURI === W && e.localName === "tab") s += "\t";
      else if (e.namespaceURI === W && (e.localName === "br" || e.localName === "cr")) s += "\n";
      else walk(e);
    }
  };
  walk(el);
  return s;
}
