// Keeps what the user typed in sessionStorage so a failed call or a reload of the pane loses nothing.

const PREFIX = "officereview.form.";

/** Restores the saved values into the form's named fields and saves every change from now on. */
export function persistForm(form: HTMLFormElement, key: string, storage: Storage | undefined = globalThis.sessionStorage): void {
  const saved = load(key, storage);
  for (const el of fields(form)) {
    if (saved[el.name] !== undefined) el.value = saved[el.name];
    el.addEventListener("input", () => save(form, key, storage));
    el.addEventListener("change", () => save(form, key, storage));
  }
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const el of fields(form)) values[el.name] = el.value;
  return values;
}

function fields(form: HTMLFormElement) {
  return [...form.elements].filter((e): e is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
    (e instanceof HTMLInputElement && e.type !== "file") || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement).filter((e) => !!e.name);
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
