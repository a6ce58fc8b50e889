// Tiny DOM helpers: h() builds elements, so panes read like their markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function")
      el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
    else if (k === "class") el.className = String(v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** h() for any tag, e.g. the Fluent UI web components (fluent-button, fluent-badge…). */
export function el(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  return h(tag as keyof HTMLElementTagNameMap, attrs, ...children) as HTMLElement;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : String(c));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A message bar (Fluent style): info, success, warning or error. */
export function messageBar(
  kind: "info" | "success" | "warning" | "error",
  text: string,
  ...extra: Child[]
): HTMLElement {
  return h(
    "div",
    { class: `msg msg-${kind}`, role: kind === "error" ? "alert" : "status" },
    h("span", { class: "msg-text" }, text),
    ...extra,
  );
}

/** Shows `node` in `slot` instead of what was there. */
export function show(slot: Element, ...nodes: Child[]): void {
  clear(slot);
  append(slot, nodes);
}

/** Counts with Vietnamese thousands separators (4.336); the service formats everything else. */
export function count(n: number): string {
  return n.toLocaleString("vi-VN");
}

/** A date-time the way Vietnamese offices write it: 14:05 ngày 22/11/2026. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}
