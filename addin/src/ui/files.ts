// File pickers, drag and drop, and downloads: what browser mode uses instead of Office.js.
import { h } from "./dom";

/** A drop zone with a hidden file input: click or drop files on it. */
export function fileDrop(opts: {
  label: string;
  accept: string;
  multiple?: boolean;
  testId?: string;
  onFiles: (files: File[]) => void;
}): HTMLElement {
  const input = h("input", {
    type: "file",
    accept: opts.accept,
    multiple: !!opts.multiple,
    class: "visually-hidden",
    "data-testid": opts.testId ?? null,
  });
  input.addEventListener("change", () => {
    if (input.files?.length) opts.onFiles([...input.files]);
    input.value = "";
  });
  const zone = h(
    "label",
    { class: "drop", tabindex: 0 },
    input,
    h("span", { class: "drop-icon", "aria-hidden": "true" }, "⤒"),
    h("span", {}, opts.label),
  );
  zone.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") e.preventDefault(), input.click();
  });
  zone.addEventListener("dragover", (e) => (e.preventDefault(), zone.classList.add("drop-over")));
  zone.addEventListener("dragleave", () => zone.classList.remove("drop-over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("drop-over");
    const files = [...(e.dataTransfer?.files ?? [])];
    const wanted = files.filter((f) => accepts(opts.accept, f.name));
    if (wanted.length) opts.onFiles(opts.multiple ? wanted : wanted.slice(0, 1));
  });
  return zone;
}

function accepts(accept: string, name: string): boolean {
  return accept.split(",").some((ext) => name.toLowerCase().endsWith(ext.trim().toLowerCase()));
}

/** Saves a blob as a file through the browser (browser mode, or "Tải về" inside Office). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: fileName, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
