// Sign-in routes of the service (/api/auth/*): how it accepts users, the local-account session, who is signed in.
import { ApiError, request } from "./http";
import type { Schemas } from "./types";

/** GET /api/auth/config: which ways of signing in the service accepts (entra null when the service does not trust Entra ID). */
export type AuthConfig = Schemas["AuthConfigView"];

export type RoleGrant = Schemas["RoleAssignment"];

/** Who is signed in (answer of login and of /api/auth/me); csrfToken: cookie sessions only, the X-CSRF-Token of every write. */
export type SignedInUser = Schemas["SessionView"];

/** The Entra ID settings of the service's sign-in configuration, or null when it has none (or names no client or authority). */
export function entraSettings(
  config:
    | { entra?: { clientId?: string | null; authority?: string | null; scopes: string[] } | null }
    | null
    | undefined,
): { clientId: string; authority: string; scopes: string[] } | null {
  const e = config?.entra;
  return e?.clientId && e.authority ? { clientId: e.clientId, authority: e.authority, scopes: e.scopes } : null;
}

type Opts = { signal?: AbortSignal; headers?: Record<string, string> };

/** The sign-in configuration; a service older than sign-in (404) accepts everyone, said as null. */
export async function authConfig(opts: Opts = {}): Promise<AuthConfig | null> {
  try {
    return (await request<AuthConfig>("/api/auth/config", { ...opts, authenticate: false })).body;
  } catch (e) {
    if (e instanceof ApiError && e.kind === "missing-route") return null;
    throw e;
  }
}

/** Signs in with a local account; the service sets the session cookie. Wrong name or password: ApiError 401/400. */
export async function login(userName: string, password: string, opts: Opts = {}): Promise<SignedInUser> {
  const body = JSON.stringify({ userName: userName.normalize("NFC").trim(), password });
  return (
    await request<SignedInUser>("/api/auth/login", {
      ...opts,
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      authenticate: false,
    })
  ).body;
}

/**
 * Who the service sees. `headers` are given explicitly when checking a token before it is installed; null when the
 * service answers 401 (nobody signed in).
 */
export async function me(opts: Opts & { authenticate?: boolean } = {}): Promise<SignedInUser | null> {
  try {
    return (await request<SignedInUser>("/api/auth/me", { ...opts, authenticate: opts.authenticate ?? false })).body;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** Ends the cookie session (needs the CSRF header, which the installed credentials add). */
export async function logout(opts: Opts = {}): Promise<void> {
  await request<unknown>("/api/auth/logout", { ...opts, method: "POST", responseType: "blob" });
}

/**
 * Changes the password of the signed-in local account. The service ends the account's other sessions and gives this
 * one a new cookie, whose CSRF token comes back in the answer.
 */
export async function changePassword(current: string, next: string, opts: Opts = {}): Promise<SignedInUser> {
  return (
    await request<SignedInUser>("/api/auth/password", {
      ...opts,
      method: "POST",
      body: JSON.stringify({ current, new: next }),
      headers: { "Content-Type": "application/json" },
    })
  ).body;
}

const ROLE_NAMES: Record<string, string> = {
  admin: "Quản trị đợt kiểm điểm",
  clerk: "Cán bộ nộp biểu",
  reviewer: "Người thẩm định",
  approver: "Người duyệt văn bản",
};

/** A role as the pane shows it: "Cán bộ nộp biểu · đơn vị T.X001 · đợt nop-2025". */
export function roleText(r: RoleGrant): string {
  return [ROLE_NAMES[r.role] ?? r.role, r.unit ? `đơn vị ${r.unit}` : null, r.campaign ? `đợt ${r.campaign}` : null]
    .filter(Boolean)
    .join(" · ");
}
