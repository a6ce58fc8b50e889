// Keeps what the user typed in sessionStorage so a failed call or a reload of the pane loses nothing.

const PREFIX = "officereview.form.";

/** Restores the saved values into the form's named fields and saves every change from now on. */
export function persistForm(
  form: HTMLFormElement,
  key: string,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  const saved = load(key, storage);
  for (const el of fields(form)) {
    const value = saved[el.name];
    if (value !== undefined) {
      if (isChoice(el)) el.checked = el.type === "radio" ? el.value === value : value === "true";
      else el.value = value;
    }
    el.addEventListener("input", () => save(form, key, storage));
    el.addEventListener("change", () => save(form, key, storage));
  }
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const el of fields(form)) {
    if (!isChoice(el)) values[el.name] = el.value;
    else if (el.type === "checkbox") values[el.name] = String(el.checked);
    else if (el.checked) values[el.name] = el.value; // the chosen radio of its group
  }
  return values;
}

function isChoice(el: Element): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox");
}

function fields(form: HTMLFormElement) {
  return [...form.elements]
    .filter(
      (e): e is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
        (e instanceof HTMLInputElement && e.type !== "file") ||
        e instanceof HTMLSelectElement ||
        e instanceof HTMLTextAreaElement,
    )
    .filter((e) => !!e.name);
}

function load(key: string, storage: Storage | undefined): Record<string, string> {
  try {
    return JSON.parse(storage?.getItem(PREFIX + key) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

function save(form: HTMLFormElement, key: string, storage: Storage | undefined): void {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify(formValues(form)));
  } catch {
    // Storage full or disabled: the form still works, it just will not survive a reload.
  }
}
