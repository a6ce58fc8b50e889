// Microsoft Entra ID sign-in with MSAL (@azure/msal-browser): browser mode of the pane and the Office fallback
// dialog. Bundled apart (dist/msal.js, loaded only when the service trusts Entra; and into signin-dialog.js), so the
// pane stays small for offices with local accounts only. The redirect URI is auth-redirect.html next to the pane.
import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";

export interface EntraSettings {
  clientId: string;
  authority: string;
  scopes: string[];
}

/** What msal.js offers the pane (window.OfficeReviewMsal). */
export interface MsalApi {
  /**
   * An access token for the service: from the redirect just completed, the cache or a silent renewal; when none and
   * `interactive`, through a popup ("popup"; a blocked popup falls back to a redirect) or a redirect ("redirect",
   * the page navigates away and the promise never settles). Null: nobody signed in and not interactive.
   */
  token(entra: EntraSettings, interactive: false | "popup" | "redirect"): Promise<string | null>;
  /** Forgets the account in this browser (MSAL's cache); the Microsoft session itself stays. */
  signOut(entra: EntraSettings): Promise<void>;
}

/** A failure the pane shows as is (kind as SignInError's: a plain object, since this bundle has its own classes). */
export class MsalSignInError extends Error {
  constructor(
    message: string,
    readonly kind: "cancelled" | "failed",
  ) {
    super(message);
  }
}

let app: Promise<{ pca: IPublicClientApplication; redirected: AuthenticationResult | null }> | null = null;

function client(entra: EntraSettings) {
  app ??= (async () => {
    const pca = await createStandardPublicClientApplication({
      auth: {
        clientId: entra.clientId,
        // MSAL wants the authority without the v2.0 suffix of the issuer (…/{tenant}, not …/{tenant}/v2.0).
        authority: entra.authority.replace(/\/v2\.0\/?$/, ""),
        redirectUri: new URL("auth-redirect.html", location.href).href,
        postLogoutRedirectUri: location.href,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const redirected = await pca.handleRedirectPromise();
    if (redirected?.account) pca.setActiveAccount(redirected.account);
    return { pca, redirected };
  })();
  return app;
}

async function token(entra: EntraSettings, interactive: false | "popup" | "redirect"): Promise<string | null> {
  const c = await client(entra);
  const { pca } = c;
  if (c.redirected) {
    const t = c.redirected.accessToken;
    c.redirected = null;
    return t;
  }
  const request = { scopes: entra.scopes };
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  if (account) {
    try {
      return (await pca.acquireTokenSilent({ ...request, account })).accessToken;
    } catch (e) {
      if (!(e instanceof InteractionRequiredAuthError) && interactive) throw failed(e);
    }
  }
  if (!interactive) return null;
  if (interactive === "redirect") {
    await pca.loginRedirect(request);
    return new Promise<string>(() => {});
  }
  try {
    const r = await pca.loginPopup(request);
    if (r.account) pca.setActiveAccount(r.account);
    return r.accessToken;
  } catch (e) {
    const code = (e as { errorCode?: string }).errorCode;
    if (code === "popup_window_error" || code === "empty_window_error") {
      await pca.loginRedirect(request);
      return new Promise<string>(() => {});
    }
    if (code === "user_cancelled")
      throw new MsalSignInError(
        "Bạn đã đóng cửa sổ đăng nhập Microsoft. Bấm “Đăng nhập bằng tài khoản Microsoft” để thử lại.",
        "cancelled",
      );
    throw failed(e);
  }
}

function failed(e: unknown): MsalSignInError {
  const code = (e as { errorCode?: string }).errorCode;
  const text = e instanceof Error ? e.message : String(e);
  return new MsalSignInError(`Đăng nhập Microsoft không thành công${code ? ` (${code})` : ""}: ${text}`, "failed");
}

async function signOut(entra: EntraSettings): Promise<void> {
  const { pca } = await client(entra);
  await pca.clearCache();
  pca.setActiveAccount(null);
}

export const msalApi: MsalApi = { token, signOut };
