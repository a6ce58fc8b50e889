// Entry of dist/signin-dialog.js: the page the Office dialog opens when Office SSO cannot give a token. It signs in
// with MSAL (redirects within the dialog, back through auth-redirect.html) and sends the token to the pane with
// Office.context.ui.messageParent; the pane closes the dialog.
import { authConfig, entraSettings } from "../api/auth";
import { msalApi } from "./msal";
import type { DialogMessage } from "./office";

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

function say(text: string): void {
  const p = document.querySelector("[data-testid=dialog-status]");
  if (p) p.textContent = text;
}

async function run(): Promise<void> {
  await Office.onReady();
  try {
    const config = await authConfig();
    const entra = entraSettings(config);
    if (!entra)
      return send({
        type: "error",
        message:
          "Máy chủ OfficeReview chưa cấu hình đăng nhập Microsoft Entra ID (Auth:Entra); hãy dùng tài khoản cục bộ.",
      });
    say("Đang chuyển tới trang đăng nhập của Microsoft…");
    const token = await msalApi.token(entra, "redirect");
    if (token) send({ type: "token", token });
  } catch (e) {
    send({ type: "error", message: e instanceof Error ? e.message : String(e) });
  }
}

void run();
