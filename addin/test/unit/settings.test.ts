import { afterEach, describe, expect, it } from "vitest";
import { browserSettings, officeSettings } from "../../src/office/settings";
import { failed, installMock, succeeded } from "./officeGlobals";

function settingsMock(opts: { failSave?: boolean } = {}) {
  const store: Record<string, unknown> = {};
  return {
    store,
    saves: 0,
    get(key: string) {
      return key in store ? store[key] : null;
    },
    set(key: string, value: unknown) {
      store[key] = value;
    },
    remove(key: string) {
      delete store[key];
    },
    saveAsync(this: { saves: number }, cb: (r: unknown) => void) {
      this.saves++;
      cb(opts.failSave ? failed("read-only document") : succeeded(undefined));
    },
  };
}

describe("document settings", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it("sets, saves into the document, reads back and removes, under the add-in's prefix", async () => {
    const settings = settingsMock();
    installMock("Office", {}).context = { document: { settings } };
    const s = officeSettings();
    expect(s.get("campaign")).toBeUndefined();
    await s.set("campaign", "2025-tinh");
    await s.set("highlights", [{ sheet: "Đảng viên", cell: "F14", color: null }]);
    expect(settings.store).toEqual({
      "officereview.campaign": "2025-tinh",
      "officereview.highlights": [{ sheet: "Đảng viên", cell: "F14", color: null }],
    });
    expect(settings.saves).toBe(2);
    expect(s.get("campaign")).toBe("2025-tinh");
    await s.remove("campaign");
    expect(s.get("campaign")).toBeUndefined();
    expect(settings.saves).toBe(3);
  });

  it("reports a failed save in Vietnamese", async () => {
    installMock("Office", {}).context = { document: { settings: settingsMock({ failSave: true }) } };
    await expect(officeSettings().set("unit", "X")).rejects.toThrow(
      "Không lưu được cài đặt vào tài liệu: read-only document",
    );
  });

  it("browser mode keeps the same contract over localStorage", async () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as Storage;
    const s = browserSettings(storage);
    await s.set("unit", { code: "DB01", name: "Đảng bộ xã" });
    expect(map.get("officereview.unit")).toBe('{"code":"DB01","name":"Đảng bộ xã"}');
    expect(browserSettings(storage).get("unit")).toEqual({ code: "DB01", name: "Đảng bộ xã" });
    await s.remove("unit");
    expect(s.get("unit")).toBeUndefined();
  });
});
