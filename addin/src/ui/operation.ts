// A long operation: shows progress, offers "Hủy" (AbortController), reports failures in Vietnamese.
import { ApiError } from "../api/http";
import { h, messageBar, show } from "./dom";

export interface OperationHandle {
  signal: AbortSignal;
  /** Fraction done (0..1) or null for "working" without a figure; text says what is happening. */
  progress(fraction: number | null, text?: string): void;
}

let running = 0;
/** How many operations are in flight (the end-to-end tests wait on this through the DOM, not on time). */
export function busy(): number {
  return running;
}

/**
 * Runs `work` showing its progress in `slot`. Resolves to the result, or undefined when it failed or was cancelled
 * (the slot then says why). Never throws: this is the pane's error boundary.
 */
export async function runOperation<T>(
  slot: HTMLElement,
  title: string,
  work: (op: OperationHandle) => Promise<T>,
): Promise<T | undefined> {
  const controller = new AbortController();
  const bar = h("progress", { max: 1 });
  const label = h("span", { class: "op-label" }, title);
  const cancel = h("button", { class: "btn btn-subtle", type: "button", onclick: () => controller.abort() }, "Hủy");
  show(slot, h("div", { class: "op", "aria-busy": "true" }, h("div", { class: "op-row" }, label, cancel), bar));
  running++;
  document.body.dataset.busy = String(running);
  try {
    return await work({
      signal: controller.signal,
      progress(fraction, text) {
        if (fraction === null) bar.removeAttribute("value");
        else bar.value = Math.max(0, Math.min(1, fraction));
        label.textContent = text ? `${title} — ${text}` : title;
      },
    });
  } catch (e) {
    show(slot, messageBar(controller.signal.aborted || isAbort(e) ? "warning" : "error", describe(e, title)));
    return undefined;
  } finally {
    running--;
    document.body.dataset.busy = String(running);
    if (slot.querySelector(".op")) show(slot);
  }
}

function isAbort(e: unknown): boolean {
  return (e instanceof ApiError && e.kind === "aborted") || (e instanceof DOMException && e.name === "AbortError");
}

export function describe(e: unknown, title: string): string {
  if (isAbort(e)) return `Đã hủy: ${title.toLowerCase()}.`;
  if (e instanceof ApiError) return e.message;
  const text = e instanceof Error ? e.message : String(e);
  return `${title} không thành công: ${text}`;
}
