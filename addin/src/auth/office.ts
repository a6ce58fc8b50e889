// Tokens inside Office: Office SSO first (Office.auth.getAccessToken), and when Office cannot give one, a dialog
// (Office.context.ui.displayDialogAsync) that opens signin-dialog.html, signs in with MSAL and sends the token back
// with messageParent. One of the files that call Office.js (with src/office/*).

/** Why no token came: the pane words it for the user. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly kind: "cancelled" | "retry" | "failed" | "needs-dialog",
    readonly code?: number,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

export interface OfficeToken {
  token: string;
  /** "sso": Office's own sign-in; "dialog": the fallback dialog. */
  via: "sso" | "dialog";
}

/**
 * What each Office SSO error means for the pane (Office's documented codes):
 * - "dialog": Office cannot give a token here (no SSO API 13000, not signed in 13001, account type 13003, manifest
 *   not set up for SSO 13004/13005, no token 13007, unsupported platform 13012, too many calls 13013, 50001 the
 *   identity API unavailable, and anything unknown) → sign in through the dialog instead;
 * - "cancelled": the user closed Office's sign-in or consent prompt (13002) → say so, offer to try again;
 * - "retry": 13006 (Office's own client error) and 13008 (another token request still running) → say what to do.
 */
export function ssoErrorAction(code: number | undefined): "dialog" | "cancelled" | "retry" {
  if (code === 13002) return "cancelled";
  if (code === 13006 || code === 13008) return "retry";
  return "dialog";
}

function ssoMessage(code: number): string {
  switch (code) {
    case 13002:
      return "Bạn đã đóng cửa sổ đăng nhập hoặc chưa đồng ý cấp quyền cho OfficeReview (mã 13002). Bấm “Đăng nhập” để thử lại.";
    case 13006:
      return "Office gặp lỗi khi lấy thông tin đăng nhập (mã 13006). Hãy lưu tài liệu, đóng hết các ứng dụng Office, mở lại rồi thử lại.";
    default:
      return "Office đang xử lý một yêu cầu đăng nhập khác (mã 13008). Hãy đợi một lát rồi bấm “Đăng nhập” lại.";
  }
}

const codeOf = (e: unknown): number | undefined => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === "number" ? c : typeof c === "string" && /^\d+$/.test(c) ? Number(c) : undefined;
};

/**
 * A token for the service: Office SSO, else (per ssoErrorAction) the sign-in dialog at `dialogUrl`. With
 * `dialog: false` (the pane starting, no click yet: a dialog opened without one may be blocked) the fallback is a
 * SignInError "needs-dialog" instead, and the sign-in screen's button opens the dialog.
 */
export async function officeToken(dialogUrl: string, options: { dialog?: boolean } = {}): Promise<OfficeToken> {
  const fallback = async (code?: number): Promise<OfficeToken> => {
    if (options.dialog === false)
      throw new SignInError(
        `Office chưa đăng nhập một lần được cho OfficeReview${code ? ` (mã ${code})` : ""}. Bấm “Đăng nhập” để đăng nhập bằng tài khoản Microsoft 365 trong cửa sổ riêng.`,
        "needs-dialog",
        code,
      );
    return { token: await dialogToken(dialogUrl), via: "dialog" };
  };
  if (typeof Office === "undefined" || !Office.auth?.getAccessToken) return fallback();
  try {
    const token = await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
    return { token, via: "sso" };
  } catch (e) {
    const code = codeOf(e);
    const action = ssoErrorAction(code);
    if (action === "cancelled") throw new SignInError(ssoMessage(code!), "cancelled", code);
    if (action === "retry") throw new SignInError(ssoMessage(code!), "retry", code);
    return fallback(code);
  }
}

/** What signin-dialog.html sends to the pane with messageParent (JSON). */
export type DialogMessage = { type: "token"; token: string } | { type: "error"; message: string };

/** Opens the sign-in dialog and waits for its token (or its error, or the user closing it). */
export function dialogToken(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (typeof Office === "undefined" || !Office.context?.ui?.displayDialogAsync)
      return reject(
        new SignInError(
          "Office này không mở được cửa sổ đăng nhập. Hãy mở OfficeReview trong trình duyệt để đăng nhập.",
          "failed",
        ),
      );
    // Office asks the user before opening (promptBeforeOpen, the default): a popup opened after an await may be
    // blocked by the browser of Office on the web otherwise.
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        const code = opened.error?.code;
        return reject(
          new SignInError(
            code === 12007
              ? "Cửa sổ đăng nhập đang mở; hãy hoàn tất đăng nhập trong cửa sổ đó (mã 12007)."
              : `Không mở được cửa sổ đăng nhập${code ? ` (mã ${code})` : ""}: ${opened.error?.message ?? ""}. Nếu trình duyệt chặn cửa sổ bật lên, hãy cho phép rồi thử lại.`,
            code === 12007 ? "retry" : "failed",
            code,
          ),
        );
      }
      const dialog = opened.value;
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        try {
          dialog.close();
        } catch {
          /* already closed */
        }
        f();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        let msg: DialogMessage | undefined;
        try {
          msg = JSON.parse((arg as { message: string }).message) as DialogMessage;
        } catch {
          msg = undefined;
        }
        if (msg?.type === "token" && typeof msg.token === "string" && msg.token) finish(() => resolve(msg.token));
        else
          finish(() =>
            reject(
              new SignInError(
                msg?.type === "error" ? msg.message : "Cửa sổ đăng nhập trả về dữ liệu không đúng dạng.",
                "failed",
              ),
            ),
          );
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = (arg as { error: number }).error;
        if (code === 12006)
          finish(() =>
            reject(new SignInError("Bạn đã đóng cửa sổ đăng nhập. Bấm “Đăng nhập” để thử lại.", "cancelled", code)),
          );
        else
          finish(() =>
            reject(
              new SignInError(
                `Cửa sổ đăng nhập không tải được trang đăng nhập (mã ${code}). Hãy kiểm tra mạng và dịch vụ OfficeReview rồi thử lại.`,
                "failed",
                code,
              ),
            ),
          );
      });
    });
  });
}
