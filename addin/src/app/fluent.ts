// The web app's small Fluent UI pieces (the components themselves are registered by app.ts), shared by its views.
import { el } from "../ui/dom";

/** A badge: tinted in its colour, outlined when subtle. */
export function badge(
  text: string,
  color: "success" | "warning" | "danger" | "informative" | "subtle" | "brand",
  attrs: Record<string, string> = {},
): HTMLElement {
  return el(
    "fluent-badge",
    { appearance: color === "subtle" ? "outline" : "tint", color: color === "subtle" ? "subtle" : color, ...attrs },
    text,
  );
}

/** A small Fluent button. */
export function button(text: string, onclick: () => void, attrs: Record<string, string | boolean> = {}): HTMLElement {
  return el("fluent-button", { size: "small", ...attrs, onclick: () => onclick() }, text);
}
