// Values remembered with the document (campaign, unit, highlighted cells): Office document settings when in Office,
// localStorage in a plain browser.

export interface SettingsStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = "officereview.";

/** Document settings (Office.context.document.settings): saved into the workbook/document itself. */
export function officeSettings(): SettingsStore {
  const settings = Office.context.document.settings;
  const save = () =>
    new Promise<void>((resolve, reject) =>
      settings.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(`Không lưu được cài đặt vào tài liệu: ${r.error?.message ?? ""}`)),
      ),
    );
  return {
    get: <T>(key: string) => {
      const v = settings.get(PREFIX + key) as T | null | undefined;
      return v === null ? undefined : v;
    },
    set: async (key, value) => {
      settings.set(PREFIX + key, value);
      await save();
    },
    remove: async (key) => {
      settings.remove(PREFIX + key);
      await save();
    },
  };
}

/** Browser mode: the same contract over localStorage (falls back to memory when storage is unavailable). */
export function browserSettings(storage: Storage | undefined = globalThis.localStorage): SettingsStore {
  const memory = new Map<string, string>();
  const read = (k: string) => (storage ? storage.getItem(PREFIX + k) : (memory.get(k) ?? null));
  return {
    get: <T>(key: string) => {
      const raw = read(key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    },
    set: async (key, value) => {
      const raw = JSON.stringify(value);
      if (storage) storage.setItem(PREFIX + key, raw);
      else memory.set(key, raw);
    },
    remove: async (key) => {
      if (storage) storage.removeItem(PREFIX + key);
      else memory.delete(key);
    },
  };
}
