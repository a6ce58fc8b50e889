import {
  approveDocument,
  type CampaignDocument,
  campaignArchive,
  DOCUMENT_KINDS,
  type DocumentKind,
  documentFile,
  draftDocument,
} from "../../api/campaignYear";
import { messageBar, show } from "../../ui/dom";
import { download } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { showMissingUnits } from "./missingUnits";

/** A document kind's Vietnamese name (the kind itself when unknown). */
export const kindName = (k: string) => DOCUMENT_KINDS.find(([s]) => s === k)?.[1] ?? k;

/** What the documents panel works with; the pane's year tab and the web app's "Văn bản" view each build their own. */
export interface DocumentsPanel {
  /** The open campaign's id ("" or undefined when none). */
  campaign: () => string | undefined;
  kind: HTMLSelectElement;
  unit: HTMLSelectElement;
  missingSlot: HTMLElement;
  status: HTMLElement;
  /** Reloads the list of documents (after a draft or an approval). */
  reload: () => Promise<void>;
}

/**
 * The documents panel's actions, written once for the pane's year tab and the web app's "Văn bản" view (they lay
 * the list out differently: cards in the pane, a table in the web app).
 */
export function documentActions(p: DocumentsPanel) {
  async function loadMissing() {
    show(p.missingSlot);
    const id = p.campaign();
    if (!id || p.kind.value !== "cong-van-don-doc" || !p.unit.value) return;
    await showMissingUnits(p.missingSlot, p.status, id, p.unit.value);
  }

  async function draft() {
    const id = p.campaign();
    if (!id || !p.unit.value) return;
    const kind = p.kind.value as DocumentKind;
    const ticked = [...p.missingSlot.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map(
      (i) => i.value,
    );
    const d = await runOperation(p.status, `Lập ${kindName(kind)}`, (op) =>
      draftDocument(id, { kind, unit: p.unit.value, ...(kind === "cong-van-don-doc" ? { units: ticked } : {}) }, op),
    );
    if (!d) return;
    await p.reload();
    show(p.status, messageBar("success", `Đã lập dự thảo ${kindName(d.kind)} (${d.fileName}).`));
  }

  async function archive() {
    const id = p.campaign();
    if (id === undefined) return;
    const z = await runOperation(p.status, "Tải hồ sơ lưu trữ", (op) => campaignArchive(id, op));
    if (z) download(z.blob, z.fileName), show(p.status, messageBar("success", `Đã tải ${z.fileName}.`));
  }

  /** The buttons' handlers for one document: download the draft or the approved file, approve it. */
  function forDocument(d: CampaignDocument) {
    const id = p.campaign()!;
    const get = (which: "content" | "final") => async () => {
      const f = await runOperation(p.status, "Tải văn bản", (op) => documentFile(id, d.id, which, op));
      if (f) download(f.blob, f.fileName);
    };
    const approve = async () => {
      const a = await runOperation(p.status, `Duyệt ${kindName(d.kind)}`, (op) => approveDocument(id, d.id, op));
      if (!a) return;
      await p.reload();
      show(
        p.status,
        messageBar("success", `Đã duyệt: ${a.documentNumber} (số ${a.number} trong sổ văn bản), SHA-256 ${a.sha256}.`),
      );
    };
    return { get, approve };
  }

  p.kind.addEventListener("change", () => void loadMissing());
  p.unit.addEventListener("change", () => void loadMissing());
  return { loadMissing, draft, archive, forDocument };
}
