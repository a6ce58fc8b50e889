// The one auth module: how this pane signs in, and the credentials every API call carries (installed into http.ts).
// - Office (Excel, Word) with a service that trusts Entra ID: Office SSO, dialog fallback (office.ts) → Bearer.
// - Browser mode with Entra ID: MSAL (msal.js, loaded on demand) → Bearer.
// - Local accounts (any mode): the service's session cookie; writes carry the X-CSRF-Token header.
// A 401 on any call drops the credentials and tells the pane to show the sign-in again.
import {
  authConfig,
  changePassword,
  entraSettings,
  login,
  logout,
  me,
  type AuthConfig,
  type SignedInUser,
} from "../api/auth";
import { ApiError, useCredentials, type Credentials } from "../api/http";
import type { EntraSettings, MsalApi } from "./msal";
import { officeToken, SignInError } from "./office";

export type SignInMethod = "office" | "microsoft" | "local";

export interface SignedIn {
  user: SignedInUser["user"];
  roles: SignedInUser["roles"];
  method: SignInMethod;
}

/** Where the pane is: inside Office (SSO) or a plain browser. */
export type AuthHost = "office" | "browser";

/** What the session needs from outside; tests replace them. */
export interface AuthDeps {
  officeToken: (dialogUrl: string, options?: { dialog?: boolean }) => Promise<{ token: string; via: "sso" | "dialog" }>;
  msal: () => Promise<MsalApi>;
  now: () => number;
  /** The page the Office dialog opens (signin-dialog.html next to the pane). */
  dialogUrl: () => string;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
/** A token is renewed this long before it expires (it may expire while an upload is on its way). */
const RENEW_BEFORE_MS = 5 * 60_000;

export class AuthSession {
  /** The service's sign-in configuration: undefined until read, null for a service that asks nobody to sign in. */
  config: AuthConfig | null | undefined = undefined;
  current: SignedIn | null = null;
  private bearer: { token: string; expires: number } | null = null;
  private csrf: string | null = null;
  private readonly rejectedListeners: Array<(message: string) => void> = [];
  private readonly deps: AuthDeps;

  constructor(
    readonly host: AuthHost,
    deps: Partial<AuthDeps> = {},
  ) {
    this.deps = {
      officeToken,
      msal: loadMsal,
      now: () => Date.now(),
      dialogUrl: () => new URL("signin-dialog.html", location.href).href,
      ...deps,
    };
  }

  /** True when the service asks nobody to sign in (a service older than sign-in). */
  get open(): boolean {
    return this.config === null;
  }

  /** Ways of signing in offered on the sign-in screen. */
  get offers(): { office: boolean; microsoft: boolean; local: boolean } {
    const entra = !!this.config?.entra;
    return {
      office: this.host === "office" && entra,
      microsoft: this.host === "browser" && entra,
      local: !!this.config?.localAccounts,
    };
  }

  /** Called when the service stops accepting the credentials (401); the argument is the message to show. */
  onRejected(listener: (message: string) => void): void {
    this.rejectedListeners.push(listener);
  }

  /**
   * At start: reads the sign-in configuration and signs in without asking when it can (an open cookie session, a
   * cached Microsoft account, Office SSO — never a dialog, which waits for the user's click). Answers who is signed
   * in, or null for the sign-in screen. Office SSO failures throw (the screen shows why).
   */
  async start(): Promise<SignedIn | null> {
    this.config = await authConfig();
    if (this.config === null) return null;
    const cookie = await me();
    if (cookie) return this.install(cookie, "local", { csrf: cookie.csrfToken ?? null });
    if (this.offers.office) {
      const { token } = await this.deps.officeToken(this.deps.dialogUrl(), { dialog: false });
      return this.withBearer(token, "office");
    }
    if (this.offers.microsoft) {
      const msal = await this.deps.msal();
      const token = await msal.token(this.entra(), false);
      if (token) return this.withBearer(token, "microsoft");
    }
    return null;
  }

  /** Office SSO, falling back to the sign-in dialog (office.ts). */
  async signInOffice(): Promise<SignedIn> {
    const { token } = await this.deps.officeToken(this.deps.dialogUrl());
    return this.withBearer(token, "office");
  }

  /** Browser mode: Microsoft's sign-in in a popup (a redirect when popups are blocked). */
  async signInMicrosoft(): Promise<SignedIn> {
    const msal = await this.deps.msal();
    const token = await msal.token(this.entra(), "popup");
    if (!token) throw new SignInError("Không lấy được thông tin đăng nhập Microsoft.", "failed");
    return this.withBearer(token, "microsoft");
  }

  /** A local account: the service sets its session cookie and gives the CSRF token of that session. */
  async signInLocal(userName: string, password: string, signal?: AbortSignal): Promise<SignedIn> {
    try {
      const user = await login(userName, password, { signal });
      return this.install(user, "local", { csrf: user.csrfToken ?? null });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 400))
        throw new SignInError("Sai tên đăng nhập hoặc mật khẩu.", "failed", e.status);
      throw e;
    }
  }

  /**
   * Changes the local account's password. The session continues with the new cookie and CSRF token the service
   * answers with; a wrong current password or a refused new one is a SignInError with the service's reason.
   */
  async changePassword(current: string, next: string, signal?: AbortSignal): Promise<void> {
    try {
      const answer = await changePassword(current, next, { signal });
      if (answer?.csrfToken) this.csrf = answer.csrfToken;
    } catch (e) {
      const why = e instanceof ApiError ? (e.problem?.detail ?? e.problem?.title) : undefined;
      if (e instanceof ApiError && (e.status === 400 || e.status === 403) && why)
        throw new SignInError(why, "failed", e.status);
      throw e;
    }
  }

  /** Signs out: ends the cookie session on the service, or forgets the token (and MSAL's account). */
  async signOut(): Promise<void> {
    const was = this.current;
    try {
      if (was?.method === "local") await logout();
      if (was?.method === "microsoft") await (await this.deps.msal()).signOut(this.entra());
    } finally {
      this.drop();
    }
  }

  /** The headers of a call, renewing the token when it is about to expire. */
  readonly credentials: Credentials = {
    headers: async (method): Promise<Record<string, string>> => {
      if (!this.current) return {};
      if (this.current.method === "local")
        return SAFE.has(method.toUpperCase()) || !this.csrf ? {} : { "X-CSRF-Token": this.csrf };
      if (!this.bearer || this.bearer.expires - RENEW_BEFORE_MS <= this.deps.now()) await this.renew();
      return this.bearer ? { Authorization: `Bearer ${this.bearer.token}` } : {};
    },
    rejected: () => {
      this.drop();
      const message =
        "Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Hãy đăng nhập lại — những gì bạn đã nhập vẫn được giữ.";
      for (const l of this.rejectedListeners) l(message);
    },
  };

  private async renew(): Promise<void> {
    const method = this.current?.method;
    let token: string | null = null;
    if (method === "office") token = (await this.deps.officeToken(this.deps.dialogUrl())).token;
    else if (method === "microsoft") token = await (await this.deps.msal()).token(this.entra(), false);
    if (!token) {
      this.credentials.rejected(401);
      throw new ApiError("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.", 401, "unauthorized");
    }
    this.bearer = { token, expires: expiryOf(token, this.deps.now()) };
  }

  private async withBearer(token: string, method: SignInMethod): Promise<SignedIn> {
    const user = await me({ headers: { Authorization: `Bearer ${token}` } });
    if (!user)
      throw new SignInError(
        method === "office"
          ? "Máy chủ OfficeReview không chấp nhận thông tin đăng nhập Microsoft 365 của Office (sai ứng dụng, sai người phát hành hoặc hết hạn). Hãy báo quản trị viên kiểm tra cấu hình Auth:Entra."
          : "Máy chủ OfficeReview không chấp nhận thông tin đăng nhập Microsoft này. Hãy báo quản trị viên kiểm tra cấu hình Auth:Entra.",
        "failed",
        401,
      );
    return this.install(user, method, { bearer: token });
  }

  private install(user: SignedInUser, method: SignInMethod, how: { bearer?: string; csrf?: string | null }): SignedIn {
    this.bearer = how.bearer ? { token: how.bearer, expires: expiryOf(how.bearer, this.deps.now()) } : null;
    this.csrf = how.csrf ?? null;
    this.current = { user: user.user, roles: user.roles ?? [], method };
    useCredentials(this.credentials);
    return this.current;
  }

  private drop(): void {
    this.current = null;
    this.bearer = null;
    this.csrf = null;
  }

  private entra(): EntraSettings {
    const entra = entraSettings(this.config);
    if (!entra) throw new SignInError("Máy chủ OfficeReview chưa cấu hình đăng nhập Microsoft Entra ID.", "failed");
    return entra;
  }
}

/** When a JWT expires (its exp claim), in ms; a token that cannot be read is used for 5 minutes. */
export function expiryOf(jwt: string, now: number): number {
  try {
    const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const exp = JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), "="))).exp;
    if (typeof exp === "number") return exp * 1000;
  } catch {
    // not a JWT we can read: the service will say when it is no good
  }
  return now + RENEW_BEFORE_MS;
}

let msalScript: Promise<MsalApi> | null = null;
/** Loads dist/msal.js once (MSAL is large and only needed with Entra ID). */
function loadMsal(): Promise<MsalApi> {
  msalScript ??= new Promise<MsalApi>((resolve, reject) => {
    const s = document.createElement("script");
    s.src = new URL("msal.js", location.href).href;
    s.onload = () => resolve((window as unknown as { OfficeReviewMsal: MsalApi }).OfficeReviewMsal);
    s.onerror = () => (
      (msalScript = null), reject(new SignInError("Không tải được thư viện đăng nhập Microsoft (msal.js).", "failed"))
    );
    document.head.append(s);
  });
  return msalScript;
}
