// Entry point of the task pane. Inside Office (the manifest opens taskpane.html?office=1) it loads Office.js and
// shows the panes of the host; in a plain browser it shows every pane in browser mode (pickers and downloads).
import { loadFindingsCatalogue } from "./api/findingsCatalogue";
import { health } from "./api/health";
import { AuthSession, type SignedIn } from "./auth/session";
import { accountBar, signInView } from "./auth/ui";
import { createContext, type HostKind, type PaneContext } from "./host";
import { checkPane } from "./panes/excel/check";
import { consolidatePane } from "./panes/excel/consolidate";
import { formsPane } from "./panes/excel/forms";
import { submitPane } from "./panes/excel/submit";
import { taggingPane } from "./panes/excel/tagging";
import { mountFormMapping } from "./panes/formMapping";
import { documentsPane } from "./panes/word/documents";
import { reportCheckPane } from "./panes/word/reportCheck";
import { yearPane } from "./panes/year/year";
import { APP_MIN_WIDTH, webApp } from "./app/app";
import { h, messageBar, show } from "./ui/dom";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface Tab {
  id: string;
  title: string;
  group: "excel" | "word" | "year";
  build: (ctx: PaneContext) => HTMLElement;
}

const shared: { lastReport?: import("./api/validate").ValidationReport; merged?: import("./api/merge").MergeResult } =
  {};
const TABS: Tab[] = [
  { id: "forms", title: "Biểu mẫu", group: "excel", build: (c) => formsPane(c) },
  { id: "check", title: "Kiểm tra", group: "excel", build: (c) => checkPane(c, shared) },
  { id: "submit", title: "Nộp", group: "excel", build: (c) => submitPane(c) },
  { id: "merge", title: "Tổng hợp", group: "excel", build: (c) => consolidatePane(c, shared) },
  // The campaign's own form: tagged in Excel (Office.js names), or mapped in a grid in browser mode.
  {
    id: "tagging",
    title: "Gắn tên",
    group: "excel",
    build: (c) => (c.workbook.live ? taggingPane(c) : mappingPane(c)),
  },
  { id: "documents", title: "Văn bản", group: "word", build: (c) => documentsPane(c, shared) },
  { id: "report-check", title: "Kiểm tra số liệu", group: "word", build: (c) => reportCheckPane(c) },
  // The upper level's year (setup, decisions, documents from the campaign): browser mode only.
  { id: "year", title: "Đợt kiểm điểm", group: "year", build: () => yearPane() },
];

async function detectHost(): Promise<{ host: HostKind; warning?: string }> {
  const q = new URLSearchParams(location.search);
  if (!q.has("office") && !q.has("_host_Info")) return { host: "browser" };
  try {
    await loadScript(OFFICE_JS);
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) return { host: "excel" };
    if (info.host === Office.HostType.Word) return { host: "word" };
    return { host: "browser", warning: "Ứng dụng Office này chưa được hỗ trợ; dùng chế độ trình duyệt." };
  } catch {
    return {
      host: "browser",
      warning: "Không tải được Office.js (cần mạng tới appsforoffice.microsoft.com); dùng chế độ trình duyệt.",
    };
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = h("script", { src });
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`không tải được ${src}`));
    document.head.append(s);
  });
}

/** A plain browser with a wide window (and no ?pane=1) gets the web app instead of the task pane's tabs. */
function wantsApp(host: HostKind): boolean {
  return host === "browser" && !new URLSearchParams(location.search).has("pane") && window.innerWidth >= APP_MIN_WIDTH;
}

function render(host: HostKind, warning?: string): void {
  const app = wantsApp(host);
  const tabs = TABS.filter((t) => host === "browser" || t.group === host);
  const session = new AuthSession(host === "browser" ? "browser" : "office");
  let ctx: PaneContext = createContext(host);
  const built = new Map<string, HTMLElement>();
  const main = h("main", { id: "pane", hidden: true });
  const nav = h("nav", { class: "pivot", role: "tablist", "aria-label": "Chức năng", hidden: true });
  const account = h("div", { class: "account-slot" });
  const signIn = h("div", { class: "signin-slot" });
  const serviceInfo = h("span", { class: "service", "data-testid": "service" }, "…");
  let shownUser: string | undefined;

  function select(id: string) {
    const tab = tabs.find((t) => t.id === id) ?? tabs[0];
    sessionStorage.setItem("officereview.tab", tab.id);
    for (const b of nav.querySelectorAll<HTMLButtonElement>("button"))
      b.setAttribute("aria-selected", String(b.dataset.tab === tab.id));
    if (!built.has(tab.id)) {
      const el = tab.build(ctx);
      built.set(tab.id, el);
      main.append(el);
    }
    for (const [k, el] of built) el.hidden = k !== tab.id;
    document.body.dataset.tab = tab.id;
  }

  // Browser mode shows both hosts: one row of tabs per host, labelled.
  for (const group of ["excel", "word", "year"] as const) {
    const inGroup = tabs.filter((t) => t.group === group);
    if (!inGroup.length) continue;
    const row =
      host === "browser"
        ? h(
            "div",
            { class: "pivot-row" },
            h("span", { class: "pivot-group" }, group === "excel" ? "Excel" : group === "word" ? "Word" : "Cấp trên"),
          )
        : nav;
    for (const t of inGroup)
      row.append(
        h(
          "button",
          { type: "button", role: "tab", "data-tab": t.id, "data-testid": `tab-${t.id}`, onclick: () => select(t.id) },
          t.title,
        ),
      );
    if (row !== nav) nav.append(row);
  }

  /** The panes, for `who` (null: a service that asks nobody to sign in). Another user gets fresh panes. */
  function showPanes(who: SignedIn | null) {
    // The findings catalogue (titles and sources of the codes), for findings that do not carry them; best effort.
    void loadFindingsCatalogue().catch(() => undefined);
    if (app) return showApp(who);
    if (who && shownUser !== undefined && shownUser !== who.user.name) {
      for (const el of built.values()) el.remove();
      built.clear();
      ctx = createContext(host);
    }
    shownUser = who?.user.name ?? "";
    show(account, who ? accountBar(session, who, () => showSignIn({ kind: "info", text: "Đã đăng xuất." })) : null);
    show(signIn);
    nav.hidden = main.hidden = false;
    document.body.dataset.auth = who ? "signed-in" : "open";
    select(sessionStorage.getItem("officereview.tab") ?? tabs[0].id);
  }

  /** The web app for `who`: built again for another user (roles decide what it shows). */
  function showApp(who: SignedIn | null) {
    const name = who?.user.name ?? "";
    if (shownUser !== name || !main.firstChild) show(main, webApp({ roles: who ? who.roles : null }));
    shownUser = name;
    show(account, who ? accountBar(session, who, () => showSignIn({ kind: "info", text: "Đã đăng xuất." })) : null);
    show(signIn);
    main.hidden = false;
    nav.hidden = true;
    document.body.dataset.auth = who ? "signed-in" : "open";
  }

  /** The sign-in screen instead of the panes; the panes (and what was typed in them) stay for the same user. */
  function showSignIn(message?: Parameters<typeof signInView>[2]) {
    show(account);
    nav.hidden = main.hidden = true;
    show(signIn, signInView(session, showPanes, message, start));
    document.body.dataset.auth = "signed-out";
  }

  function start() {
    session.start().then(
      (who) => (who || session.open ? showPanes(who) : showSignIn()),
      (e: unknown) => {
        const kind = (e as { kind?: string }).kind;
        showSignIn({
          kind: kind === "needs-dialog" ? "info" : kind === "cancelled" ? "warning" : "error",
          text: e instanceof Error ? e.message : String(e),
        });
      },
    );
  }

  session.onRejected((text) => showSignIn({ kind: "warning", text }));

  document.body.replaceChildren(
    h(
      "header",
      { class: "top" },
      h("img", { src: "assets/icon-32.png", alt: "", width: 24, height: 24 }),
      h(
        "div",
        { class: "top-text" },
        h("h1", {}, "Kiểm điểm – Xếp loại"),
        h(
          "span",
          { class: "host" },
          host === "excel"
            ? "Excel"
            : host === "word"
              ? "Word"
              : app
                ? "Ứng dụng web của cấp trên"
                : "Chế độ trình duyệt",
          " · ",
          serviceInfo,
        ),
      ),
    ),
    account,
    nav,
    warning ? messageBar("warning", warning) : "",
    signIn,
    main,
  );
  document.body.dataset.host = host;
  document.body.dataset.mode = app ? "app" : "pane";

  start();

  health()
    .then((hh) => (serviceInfo.textContent = `dịch vụ ${hh.version.split("+")[0]}`))
    .catch(() => {
      serviceInfo.textContent = "không kết nối được dịch vụ";
      serviceInfo.classList.add("offline");
    });
}

void detectHost().then(({ host, warning }) => render(host, warning));

function mappingPane(ctx: PaneContext): HTMLElement {
  const container = document.createElement("div");
  mountFormMapping(container, ctx);
  return container;
}
