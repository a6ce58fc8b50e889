// A stand-in for Office.js inside Chromium, following the documented contract of the calls the pane makes
// (Office.onReady, document.getFileAsync/settings, Excel.run with worksheets, ranges, fills, insertWorksheetsFromBase64,
// Office.auth.getAccessToken for SSO and context.ui.displayDialogAsync for the sign-in dialog fallback).
// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js; it records every call in
// window.__officeLog so the test can see what the pane asked Excel to do.
export interface FakeSso {
  /** What Office.auth.getAccessToken resolves to (an Entra ID token the service trusts). */
  token?: string;
  /** Instead: the Office SSO error code it rejects with (e.g. 13003), so that the pane falls back to the dialog. */
  error?: number;
  /** The token the sign-in dialog sends back with messageParent (absent: the user closes the dialog, 12006). */
  dialogToken?: string;
}

export function fakeOfficeJs(host: "Excel" | "Word", sso: FakeSso = {}): string {
  return `(() => {
  const log = (window.__officeLog = []);
  const sso = ${JSON.stringify(sso)};
  const ok = (value) => ({ status: "succeeded", value });
  const store = {};
  const fills = {};
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: () => Promise.resolve({ host: ${JSON.stringify(host)}, platform: "PC" }),
    auth: {
      getAccessToken: (options) => {
        log.push(["getAccessToken", options]);
        if (sso.error) return Promise.reject({ code: sso.error, name: "SSO error", message: "SSO error " + sso.error });
        return sso.token ? Promise.resolve(sso.token) : Promise.reject({ code: 13001, message: "not signed in" });
      },
    },
    context: {
      ui: {
        displayDialogAsync: (url, options, cb) => {
          log.push(["displayDialogAsync", url]);
          const handlers = {};
          cb(ok({ addEventHandler: (type, fn) => { handlers[type] = fn; }, close: () => log.push(["dialog.close"]) }));
          setTimeout(() => sso.dialogToken
            ? handlers.dialogMessageReceived({ message: JSON.stringify({ type: "token", token: sso.dialogToken }) })
            : handlers.dialogEventReceived({ error: 12006 }), 0);
        },
      },
      requirements: { isSetSupported: (name, version) => log.push(["isSetSupported", name, version]) > 0 },
      document: {
        url: "C:\\\\Bieu\\\\" + (window.__fileName || "so-tinh.xlsx"),
        settings: {
          get: (k) => (k in store ? store[k] : null),
          set: (k, v) => { store[k] = v; log.push(["settings.set", k]); },
          remove: (k) => { delete store[k]; log.push(["settings.remove", k]); },
          saveAsync: (cb) => { log.push(["settings.saveAsync"]); cb(ok()); },
        },
        getFileAsync: (type, options, cb) => {
          const bytes = window.__fileBytes || [];
          const size = options.sliceSize;
          const count = Math.max(1, Math.ceil(bytes.length / size));
          log.push(["getFileAsync", type, size]);
          cb(ok({
            size: bytes.length, sliceCount: count,
            getSliceAsync: (i, cb2) => { log.push(["getSliceAsync", i]); cb2(ok({ index: i, data: bytes.slice(i * size, (i + 1) * size) })); },
            closeAsync: (cb2) => { log.push(["closeAsync"]); cb2 && cb2(ok()); },
          }));
        },
      },
    },
  };
  const range = (sheet, address) => {
    const key = sheet + "!" + address;
    const fill = {
      get color() { return fills[key] || "#FFFFFF"; },
      set color(v) { fills[key] = v; log.push(["fill", key, v]); },
      load: () => {},
      clear: () => { delete fills[key]; log.push(["clear", key]); },
    };
    return { select: () => log.push(["select", key]), format: { fill } };
  };
  const context = {
    sync: async () => {},
    workbook: {
      worksheets: {
        getItem: (name) => ({ activate: () => log.push(["activate", name]), getRange: (a) => range(name, a) }),
        onChanged: { add: (fn) => { window.__onChanged = fn; log.push(["onChanged.add"]); return { context, remove: () => log.push(["onChanged.remove"]) }; } },
      },
      insertWorksheetsFromBase64: (b64, options) => {
        log.push(["insertWorksheetsFromBase64", b64.length, options && options.positionType]);
        window.__insertedBase64 = b64;
        return { value: ["Thông tin", "Tổ chức đảng", "Đảng viên"] };
      },
    },
  };
  window.Excel = { WorksheetPositionType: { end: "End" }, run: async (cb) => cb(context) };
  const controls = (window.__controls || []).map((c) => ({
    ...c,
    insertText(text, where) { this.text = text; log.push(["insertText", this.tag, where]); },
  }));
  window.__wordControls = controls;
  const wordContext = {
    sync: async () => {},
    document: {
      body: { insertFileFromBase64: (b64, where) => { window.__insertedBase64 = b64; log.push(["body.insertFileFromBase64", where]); } },
      getSelection: () => ({ insertFileFromBase64: (b64, where) => { window.__insertedBase64 = b64; log.push(["selection.insertFileFromBase64", where]); } }),
      contentControls: { items: controls, load: () => log.push(["contentControls.load"]) },
    },
    application: { createDocument: (b64) => ({ open: () => { window.__insertedBase64 = b64; log.push(["createDocument.open"]); } }) },
  };
  window.Word = { InsertLocation: { replace: "Replace", end: "End", start: "Start" }, run: async (cb) => cb(wordContext) };
})();`;
}
