// Entry of dist/auth-redirect.js (auth-redirect.html, MSAL's redirect URI): hands the answer of Microsoft's sign-in
// page to the window that asked (popup) or back to the page that navigated away (redirect).
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((e: unknown) => {
  document.body.textContent = `Không hoàn tất được đăng nhập Microsoft: ${e instanceof Error ? e.message : String(e)}`;
});
