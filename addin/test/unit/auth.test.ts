import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listCampaigns, statusTree, submitWorkbook } from "../../src/api/campaigns";
import { ApiError, useCredentials } from "../../src/api/http";
import { officeToken, ssoErrorAction } from "../../src/auth/office";
import { AuthSession, expiryOf } from "../../src/auth/session";
import { installXhr, jwtExpiringAt, type Answer, type SentRequest } from "./fakeXhr";
import { installMock, succeeded } from "./officeGlobals";

const DIALOG = "https://localhost:7071/addin/signin-dialog.html";
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const inAnHour = NOW / 1000 + 3600;
const ENTRA = {
  localAccounts: false,
  entra: {
    clientId: "11111111-2222-3333-4444-555555555555",
    authority: "https://login.microsoftonline.com/common",
    scopes: ["api://localhost:7071/x/access_as_user"],
  },
};
const LOCAL = { localAccounts: true, entra: null };
const CLERK = {
  user: { name: "can.bo.a", displayName: "Nguyễn Văn A", via: "local" },
  roles: [{ role: "clerk", unit: "T.X001", campaign: "nop-2025" }],
};

/** The service as the tests need it: the auth routes, a campaign list, a submission route; `tokens` are accepted. */
function service(opts: { config: unknown; tokens?: string[]; password?: string; forbidden?: RegExp }) {
  const state = { cookie: false, csrf: "csrf-token-123" };
  const bearerOk = (r: SentRequest) => opts.tokens?.some((t) => r.headers.Authorization === `Bearer ${t}`) ?? false;
  const signedIn = (r: SentRequest) => bearerOk(r) || state.cookie;
  const sent = installXhr((r): Answer => {
    const path = r.url.replace(/^https?:\/\/[^/]+/, "");
    if (path === "/api/auth/config") return { status: 200, json: opts.config };
    if (path === "/api/auth/login") {
      const body = JSON.parse(String(r.body));
      if (body.password !== opts.password) return { status: 401, json: { title: "Sai tên đăng nhập hoặc mật khẩu" } };
      state.cookie = true;
      return { status: 200, json: { ...CLERK, csrfToken: state.csrf } };
    }
    if (path === "/api/auth/me")
      return signedIn(r)
        ? { status: 200, json: { ...CLERK, csrfToken: state.cookie && !bearerOk(r) ? state.csrf : null } }
        : { status: 401 };
    if (!signedIn(r)) return { status: 401 };
    if (r.method !== "GET" && state.cookie && !bearerOk(r) && r.headers["X-CSRF-Token"] !== state.csrf)
      return { status: 400, json: { title: "Thiếu mã chống giả mạo (CSRF)" } };
    if (opts.forbidden?.test(path))
      return {
        status: 403,
        json: { title: "Không có quyền", detail: "Chỉ cán bộ của đơn vị T.X002 được nộp cho đơn vị này" },
      };
    if (path === "/api/auth/logout") return ((state.cookie = false), { status: 204 });
    if (path === "/api/auth/password") {
      const body = JSON.parse(String(r.body));
      if (body.current !== opts.password)
        return {
          status: 403,
          json: {
            title: "Mật khẩu hiện tại không đúng",
            detail: "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.",
          },
        };
      state.csrf = "csrf-after-password-change";
      return { status: 200, json: { ...CLERK, csrfToken: state.csrf } };
    }
    if (path === "/api/campaigns")
      return { status: 200, json: [{ id: "nop-2025", name: "Kiểm điểm 2025", year: 2025 }] };
    if (/\/submissions$/.test(path)) return { status: 201, json: { id: 1, unit: "T.X001", version: 1 } };
    return { status: 404 };
  });
  return { sent, state };
}

/** Office with SSO: getAccessToken answers `token` or rejects with `code`; the dialog hands `dialogToken` back. */
function office(sso: { token?: string; code?: number }, dialog: { token?: string; closedWith?: number } = {}) {
  const log = { ssoCalls: [] as unknown[], dialogs: [] as Array<{ url: string; options: unknown }>, closed: 0 };
  const mock = installMock("Office", {});
  mock.auth = {
    getAccessToken: (options: unknown) => {
      log.ssoCalls.push(options);
      return sso.code === undefined
        ? Promise.resolve(sso.token)
        : Promise.reject({ code: sso.code, message: `SSO ${sso.code}` });
    },
  };
  mock.context = {
    ui: {
      displayDialogAsync(url: string, options: unknown, cb: (r: unknown) => void) {
        log.dialogs.push({ url, options });
        const handlers: Record<string, (arg: unknown) => void> = {};
        cb(
          succeeded({
            addEventHandler: (type: string, fn: (arg: unknown) => void) => (handlers[type] = fn),
            close: () => log.closed++,
          }),
        );
        queueMicrotask(() => {
          if (dialog.closedWith) handlers.dialogEventReceived({ error: dialog.closedWith });
          else handlers.dialogMessageReceived({ message: JSON.stringify({ type: "token", token: dialog.token }) });
        });
      },
    },
  };
  return log;
}

const session = (host: "office" | "browser") => new AuthSession(host, { now: () => NOW, dialogUrl: () => DIALOG });

afterEach(() => {
  useCredentials(null);
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).XMLHttpRequest;
});

describe("Office SSO in the pane", () => {
  it("asks Office for a token with sign-in and consent prompts allowed and sends it as Bearer on every call", async () => {
    const token = jwtExpiringAt(inAnHour);
    const log = office({ token });
    const { sent } = service({ config: ENTRA, tokens: [token] });
    const s = session("office");
    const who = await s.start();
    expect(who).toMatchObject({
      method: "office",
      user: { name: "can.bo.a" },
      roles: [{ role: "clerk", unit: "T.X001" }],
    });
    expect(log.ssoCalls).toEqual([{ allowSignInPrompt: true, allowConsentPrompt: true }]);
    expect(log.dialogs).toEqual([]);

    await listCampaigns();
    await submitWorkbook("nop-2025", "T.X001", new Uint8Array([1, 2, 3]), "bieu.xlsx");
    const calls = sent.filter((r) => r.url.startsWith("/api/campaigns"));
    expect(calls.map((r) => [r.method, r.headers.Authorization, r.headers["X-CSRF-Token"]])).toEqual([
      ["GET", `Bearer ${token}`, undefined],
      ["POST", `Bearer ${token}`, undefined],
    ]);
    // The token was asked once: it is kept until shortly before it expires.
    expect(log.ssoCalls).toHaveLength(1);
  });

  it("asks Office again for a token that is about to expire", async () => {
    const old = jwtExpiringAt(NOW / 1000 + 60);
    office({ token: old });
    const { sent } = service({ config: ENTRA, tokens: [old] });
    const s = session("office");
    await s.start();
    const fresh = jwtExpiringAt(inAnHour, "fresh");
    const log = office({ token: fresh });
    service({ config: ENTRA, tokens: [fresh] });
    await listCampaigns();
    expect(log.ssoCalls).toHaveLength(1);
    expect(sent.length).toBeGreaterThan(0);
  });

  it.each([13000, 13001, 13003, 13004, 13005, 13007, 13012, 13013, 50001])(
    "falls back to the sign-in dialog on SSO error %i (at the user's click)",
    async (code) => {
      const token = jwtExpiringAt(inAnHour, "dialog");
      const log = office({ code }, { token });
      const { sent } = service({ config: ENTRA, tokens: [token] });
      const s = session("office");
      // At start no dialog opens by itself: the sign-in screen says why and its button opens it.
      await expect(s.start()).rejects.toMatchObject({
        kind: "needs-dialog",
        code,
        message: expect.stringContaining(`(mã ${code})`),
      });
      expect(log.dialogs).toEqual([]);
      const who = await s.signInOffice();
      expect(who.method).toBe("office");
      expect(log.ssoCalls).toHaveLength(2);
      expect(log.dialogs).toEqual([{ url: DIALOG, options: { height: 60, width: 30 } }]);
      expect(log.closed).toBe(1);
      await listCampaigns();
      expect(sent.at(-1)!.headers.Authorization).toBe(`Bearer ${token}`);
    },
  );

  it.each([
    [13002, "cancelled", /mã 13002/],
    [13006, "retry", /đóng hết các ứng dụng Office/],
    [13008, "retry", /yêu cầu đăng nhập khác/],
  ] as const)("does not open the dialog on SSO error %i, and says why", async (code, kind, text) => {
    expect(ssoErrorAction(code)).toBe(kind);
    const log = office({ code }, { token: "unused" });
    await expect(officeToken(DIALOG)).rejects.toMatchObject({ kind, code, message: expect.stringMatching(text) });
    expect(log.dialogs).toEqual([]);
  });

  it("says so when the user closes the dialog (12006), and nobody is signed in", async () => {
    const log = office({ code: 13003 }, { closedWith: 12006 });
    service({ config: ENTRA });
    const s = session("office");
    await expect(s.start()).rejects.toMatchObject({ kind: "needs-dialog" });
    await expect(s.signInOffice()).rejects.toMatchObject({
      kind: "cancelled",
      message: "Bạn đã đóng cửa sổ đăng nhập. Bấm “Đăng nhập” để thử lại.",
    });
    expect(log.dialogs).toHaveLength(1);
    expect(s.current).toBeNull();
  });

  it("refuses a token the service does not accept, naming the configuration to check", async () => {
    office({ token: jwtExpiringAt(inAnHour, "wrong-audience") });
    service({ config: ENTRA, tokens: [] });
    await expect(session("office").start()).rejects.toThrow(/không chấp nhận.*Auth:Entra/);
  });
});

describe("browser mode with Entra ID (MSAL)", () => {
  /** MSAL as the pane sees it (msal.js): a cached account answers silently, the popup answers `popupToken`. */
  function msal(cached: string | null, popupToken: string) {
    const calls: Array<[string, unknown]> = [];
    const api = {
      token: async (entra: unknown, interactive: false | "popup" | "redirect") => {
        calls.push(["token", interactive]);
        expect(entra).toEqual(ENTRA.entra);
        return interactive ? popupToken : cached;
      },
      signOut: async () => void calls.push(["signOut", null]),
    };
    return { calls, load: async () => api };
  }

  it("uses a cached Microsoft account silently at start, and sends its token as Bearer", async () => {
    const token = jwtExpiringAt(inAnHour, "cached");
    const m = msal(token, "unused");
    const { sent } = service({ config: ENTRA, tokens: [token] });
    const s = new AuthSession("browser", { now: () => NOW, msal: m.load });
    expect((await s.start())?.method).toBe("microsoft");
    expect(m.calls).toEqual([["token", false]]);
    await listCampaigns();
    expect(sent.at(-1)!.headers.Authorization).toBe(`Bearer ${token}`);
  });

  it("without a cached account shows the sign-in screen; the button signs in through the popup; sign-out forgets the account", async () => {
    const token = jwtExpiringAt(inAnHour, "popup");
    const m = msal(null, token);
    const { sent } = service({ config: ENTRA, tokens: [token] });
    const s = new AuthSession("browser", { now: () => NOW, msal: m.load });
    expect(await s.start()).toBeNull();
    expect(s.offers).toEqual({ office: false, microsoft: true, local: false });
    expect((await s.signInMicrosoft()).method).toBe("microsoft");
    expect(m.calls).toEqual([
      ["token", false],
      ["token", "popup"],
    ]);
    await s.signOut();
    expect(m.calls.at(-1)).toEqual(["signOut", null]);
    expect(s.current).toBeNull();
    // No call to the service's logout: a bearer session has nothing to end there.
    expect(sent.some((r) => r.url === "/api/auth/logout")).toBe(false);
  });
});

describe("answers 401 and 403", () => {
  let token: string;
  beforeEach(() => {
    token = jwtExpiringAt(inAnHour);
    office({ token });
  });

  it("401: drops the credentials, tells the pane to show the sign-in, and sends no token afterwards", async () => {
    const { sent } = service({ config: ENTRA, tokens: [token] });
    const s = session("office");
    const told: string[] = [];
    s.onRejected((m) => told.push(m));
    await s.start();
    service({ config: ENTRA, tokens: [] }); // the service no longer accepts the token (revoked, keys rotated)
    const e = await listCampaigns().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 401, kind: "unauthorized" });
    expect((e as Error).message).toMatch(/^Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn/);
    expect(told).toEqual([
      "Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Hãy đăng nhập lại — những gì bạn đã nhập vẫn được giữ.",
    ]);
    expect(s.current).toBeNull();
    const after = service({ config: ENTRA, tokens: [token] }).sent;
    await listCampaigns().catch(() => undefined);
    expect(after.at(-1)!.headers.Authorization).toBeUndefined();
    expect(sent.length).toBeGreaterThan(0);
  });

  it("403: a clear Vietnamese message with the service's reason; the user stays signed in", async () => {
    service({ config: ENTRA, tokens: [token], forbidden: /\/units\/T\.X002\// });
    const s = session("office");
    const told: string[] = [];
    s.onRejected((m) => told.push(m));
    await s.start();
    const e = await submitWorkbook("nop-2025", "T.X002", new Uint8Array([1]), "bieu.xlsx").catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 403, kind: "forbidden" });
    expect((e as Error).message).toBe(
      "Tài khoản của bạn không có quyền thực hiện thao tác này (Chỉ cán bộ của đơn vị T.X002 được nộp cho đơn vị này). Nếu cần, hãy nhờ quản trị viên đợt kiểm điểm cấp quyền cho đơn vị của bạn. (mã 403)",
    );
    expect(told).toEqual([]);
    expect(s.current?.user.name).toBe("can.bo.a");
  });
});

describe("local accounts (cookie session)", () => {
  it("signs in with the form's name and password, then sends X-CSRF-Token on writes only, and no Authorization", async () => {
    const { sent } = service({ config: LOCAL, password: "Mật-khẩu-1" });
    const s = session("browser");
    expect(await s.start()).toBeNull();
    expect(s.offers).toEqual({ office: false, microsoft: false, local: true });
    const who = await s.signInLocal("  can.bo.a ", "Mật-khẩu-1");
    expect(who).toMatchObject({ method: "local", user: { displayName: "Nguyễn Văn A" } });
    const loginCall = sent.find((r) => r.url === "/api/auth/login")!;
    expect(JSON.parse(String(loginCall.body))).toEqual({ userName: "can.bo.a", password: "Mật-khẩu-1" });
    expect(loginCall.headers["X-CSRF-Token"]).toBeUndefined();

    await listCampaigns();
    await submitWorkbook("nop-2025", "T.X001", new Uint8Array([1]), "bieu.xlsx");
    const [get, post] = sent.filter((r) => r.url.startsWith("/api/campaigns"));
    expect(get.headers).toEqual({});
    expect(post.headers).toEqual({ "X-CSRF-Token": "csrf-token-123" });

    await s.signOut();
    const logoutCall = sent.find((r) => r.url === "/api/auth/logout")!;
    expect(logoutCall.headers["X-CSRF-Token"]).toBe("csrf-token-123");
    expect(s.current).toBeNull();
  });

  it("changes the password and goes on with the new session's CSRF token; a wrong current password says so", async () => {
    const { sent } = service({ config: LOCAL, password: "Mật-khẩu-1" });
    const s = session("browser");
    const told: string[] = [];
    s.onRejected((m) => told.push(m));
    await s.start();
    await s.signInLocal("can.bo.a", "Mật-khẩu-1");
    await expect(s.changePassword("sai", "Mật-khẩu-2-dài")).rejects.toThrow(
      "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.",
    );
    expect(s.current?.user.name).toBe("can.bo.a");
    await s.changePassword("Mật-khẩu-1", "Mật-khẩu-2-dài");
    const change = sent.filter((r) => r.url === "/api/auth/password").at(-1)!;
    expect(change.headers["X-CSRF-Token"]).toBe("csrf-token-123");
    expect(JSON.parse(String(change.body))).toEqual({ current: "Mật-khẩu-1", new: "Mật-khẩu-2-dài" });
    await submitWorkbook("nop-2025", "T.X001", new Uint8Array([1]), "bieu.xlsx");
    expect(sent.at(-1)!.headers["X-CSRF-Token"]).toBe("csrf-after-password-change");
    expect(told).toEqual([]);
  });

  it("picks up an open cookie session at start (reload) with its CSRF token", async () => {
    const svc = service({ config: LOCAL, password: "x" });
    svc.state.cookie = true;
    const s = session("browser");
    expect((await s.start())?.method).toBe("local");
    await submitWorkbook("nop-2025", "T.X001", new Uint8Array([1]), "bieu.xlsx");
    expect(svc.sent.at(-1)!.headers["X-CSRF-Token"]).toBe("csrf-token-123");
  });

  it("a wrong password is a sign-in message, not a lost session", async () => {
    service({ config: LOCAL, password: "dung" });
    const s = session("browser");
    const told: string[] = [];
    s.onRejected((m) => told.push(m));
    await s.start();
    await expect(s.signInLocal("can.bo.a", "sai")).rejects.toThrow("Sai tên đăng nhập hoặc mật khẩu.");
    expect(told).toEqual([]);
    expect(s.current).toBeNull();
  });

  it("in Office without Entra, offers the local form instead of SSO", async () => {
    const log = office({ token: "unused" });
    service({ config: LOCAL, password: "x" });
    const s = session("office");
    expect(await s.start()).toBeNull();
    expect(s.offers).toEqual({ office: false, microsoft: false, local: true });
    expect(log.ssoCalls).toEqual([]);
  });
});

describe("token expiry", () => {
  it("reads exp from the JWT, and gives an unreadable token five minutes", () => {
    expect(expiryOf(jwtExpiringAt(inAnHour), NOW)).toBe(inAnHour * 1000);
    expect(expiryOf("not-a-jwt", NOW)).toBe(NOW + 5 * 60_000);
  });
});

describe("a user with roles at several units", () => {
  it("asks the status of the unit chosen in Nộp when the service wants one (400), and not otherwise", async () => {
    const sent = installXhr((r) =>
      r.url.endsWith("/status")
        ? { status: 400, json: { title: "Cần chọn đơn vị", detail: "thêm ?unit=MÃ" } }
        : { status: 200, json: { campaign: "nop-2025", units: [{ code: "T.X002" }] } },
    );
    const report = await statusTree("nop-2025", { unit: "T.X002" });
    expect(report.units.map((u) => u.code)).toEqual(["T.X002"]);
    expect(sent.map((r) => r.url)).toEqual([
      "/api/campaigns/nop-2025/status",
      "/api/campaigns/nop-2025/status?unit=T.X002",
    ]);
    await expect(statusTree("nop-2025")).rejects.toMatchObject({
      status: 400,
      message: "Cần chọn đơn vị: thêm ?unit=MÃ (mã 400)",
    });
  });
});
