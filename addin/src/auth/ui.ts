// The sign-in screen and the account bar (who is signed in, their roles, change password, sign out).
import { roleText } from "../api/auth";
import { h, messageBar, show } from "../ui/dom";
import { runOperation } from "../ui/operation";
import type { AuthSession, SignedIn } from "./session";

const failure = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The sign-in screen: the ways the service offers, with `message` (why it is shown) on top. */
export function signInView(
  session: AuthSession,
  onSignedIn: (s: SignedIn) => void,
  message?: { kind: "info" | "warning" | "error"; text: string },
  retry?: () => void,
): HTMLElement {
  const status = h("div", { class: "status", "data-testid": "signin-status" });
  if (message) show(status, messageBar(message.kind, message.text));
  // The configuration could not be read (service unreachable): nothing to offer but trying again.
  if (session.config === undefined)
    return h(
      "section",
      { class: "pane signin", "aria-labelledby": "signin-title", "data-testid": "signin" },
      h("h2", { id: "signin-title" }, "Đăng nhập"),
      status,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-primary", type: "button", "data-testid": "signin-retry", onclick: () => retry?.() },
          "Thử lại",
        ),
      ),
    );
  const offers = session.offers;

  async function attempt(title: string, work: (signal: AbortSignal) => Promise<SignedIn>) {
    let error: unknown;
    const r = await runOperation(status, title, async (op) => {
      op.progress(null);
      try {
        return await work(op.signal);
      } catch (e) {
        error = e;
        throw e;
      }
    });
    if (r) onSignedIn(r);
    else if (error)
      show(status, messageBar((error as { kind?: string }).kind === "cancelled" ? "warning" : "error", failure(error)));
  }

  /** One sign-in way's button, in an actions row of its own. */
  const signInButton = (testId: string, label: string, operation: string, signIn: () => Promise<SignedIn>) =>
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { class: "btn btn-primary", type: "button", "data-testid": testId, onclick: () => attempt(operation, signIn) },
        label,
      ),
    );
  const office = offers.office
    ? signInButton("signin-office", "Đăng nhập", "Đăng nhập", () => session.signInOffice())
    : null;
  const microsoft = offers.microsoft
    ? signInButton("signin-microsoft", "Đăng nhập bằng tài khoản Microsoft", "Đăng nhập Microsoft", () =>
        session.signInMicrosoft(),
      )
    : null;

  let local: HTMLElement | null = null;
  if (offers.local) {
    const user = h("input", {
      id: "signin-user",
      name: "username",
      autocomplete: "username",
      required: true,
      "data-testid": "signin-user",
    });
    const password = h("input", {
      id: "signin-password",
      name: "password",
      type: "password",
      autocomplete: "current-password",
      required: true,
      "data-testid": "signin-password",
    });
    local = h(
      "form",
      {
        class: "form",
        "data-testid": "signin-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (!user.value.trim() || !password.value)
            return show(status, messageBar("warning", "Hãy nhập tên đăng nhập và mật khẩu."));
          void attempt("Đăng nhập", (signal) => session.signInLocal(user.value, password.value, signal)).then(
            () => (password.value = ""),
          );
        },
      },
      office || microsoft ? h("h3", {}, "Hoặc dùng tài khoản của đơn vị") : null,
      h("div", { class: "field" }, h("label", { for: "signin-user" }, "Tên đăng nhập"), user),
      h("div", { class: "field" }, h("label", { for: "signin-password" }, "Mật khẩu"), password),
      h(
        "div",
        { class: "actions" },
        h("button", { class: "btn btn-primary", type: "submit", "data-testid": "signin-submit" }, "Đăng nhập"),
      ),
    );
  }

  const none =
    !office && !microsoft && !local
      ? messageBar(
          "error",
          "Máy chủ OfficeReview chưa bật cách đăng nhập nào (Auth:Entra hoặc tài khoản cục bộ). Hãy báo quản trị viên.",
        )
      : null;
  return h(
    "section",
    { class: "pane signin", "aria-labelledby": "signin-title", "data-testid": "signin" },
    h("h2", { id: "signin-title" }, "Đăng nhập"),
    h(
      "p",
      { class: "hint" },
      offers.office
        ? "Dùng tài khoản Microsoft 365 đang đăng nhập trong Office."
        : "Đăng nhập để nộp biểu, xem tình hình nộp và tổng hợp của đơn vị được giao.",
    ),
    office,
    microsoft,
    local,
    none,
    status,
  );
}

/** The account bar under the header: the user, their roles, and (opened) change password and sign out. */
export function accountBar(session: AuthSession, who: SignedIn, onSignOut: () => void): HTMLElement {
  const name = who.user.displayName?.trim() || who.user.name;
  const status = h("div", { class: "status" });
  const roles = who.roles.length
    ? h("ul", { class: "roles", "data-testid": "account-roles" }, ...who.roles.map((r) => h("li", {}, roleText(r))))
    : messageBar("warning", "Tài khoản chưa được giao vai trò nào; hãy nhờ quản trị viên đợt kiểm điểm cấp quyền.");

  const signOut = h(
    "button",
    {
      class: "btn",
      type: "button",
      "data-testid": "signout",
      onclick: async () => {
        const ok = await runOperation(status, "Đăng xuất", async () => (await session.signOut(), true));
        if (ok) onSignOut();
      },
    },
    "Đăng xuất",
  );

  const details = h(
    "details",
    { class: "account", "data-testid": "account" },
    h(
      "summary",
      {},
      h("span", { class: "account-name", "data-testid": "account-name" }, name),
      h(
        "span",
        { class: "account-role" },
        who.roles.length === 1 ? roleText(who.roles[0]) : `${who.roles.length} vai trò`,
      ),
    ),
    h(
      "div",
      { class: "account-body" },
      h("p", { class: "meta" }, `Tên đăng nhập: ${who.user.name} · ${methodText(who)}`),
      roles,
      who.method === "local" ? passwordForm(session) : null,
      h("div", { class: "actions" }, signOut),
      status,
    ),
  );
  return details;
}

function methodText(who: SignedIn): string {
  if (who.method === "office") return "đăng nhập qua Office (Microsoft 365)";
  if (who.method === "microsoft") return "đăng nhập bằng tài khoản Microsoft";
  return "tài khoản cục bộ";
}

function passwordForm(session: AuthSession): HTMLElement {
  const status = h("div", { class: "status", "data-testid": "password-status" });
  const field = (id: string, label: string, autocomplete: string) => {
    const input = h("input", { id, type: "password", autocomplete, "data-testid": id });
    return { input, el: h("div", { class: "field" }, h("label", { for: id }, label), input) };
  };
  const current = field("password-current", "Mật khẩu hiện tại", "current-password");
  const next = field("password-new", "Mật khẩu mới", "new-password");
  const again = field("password-again", "Nhập lại mật khẩu mới", "new-password");
  return h(
    "form",
    {
      class: "form password",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        // The current password may be empty: an account that signed in with its one-time link has none yet.
        if (!next.input.value) return show(status, messageBar("warning", "Hãy nhập mật khẩu mới."));
        if (next.input.value !== again.input.value)
          return show(status, messageBar("warning", "Hai lần nhập mật khẩu mới không giống nhau."));
        const ok = await runOperation(
          status,
          "Đổi mật khẩu",
          async (op) => (await session.changePassword(current.input.value, next.input.value, op.signal), true),
        );
        if (ok) {
          for (const f of [current, next, again]) f.input.value = "";
          show(status, messageBar("success", "Đã đổi mật khẩu."));
        }
      },
    },
    h("h3", {}, "Đổi mật khẩu"),
    current.el,
    next.el,
    again.el,
    h(
      "div",
      { class: "actions" },
      h("button", { class: "btn", type: "submit", "data-testid": "password-submit" }, "Đổi mật khẩu"),
    ),
    status,
  );
}
