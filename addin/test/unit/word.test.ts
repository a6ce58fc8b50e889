import { afterEach, describe, expect, it } from "vitest";
import { insertDocument, listFieldTags, openAsNewDocument, refillContentControls } from "../../src/office/word";
import { installMock } from "./officeGlobals";

// A document whose content controls are a collection (items readable only after load + sync); what the adapter does
// is recorded in `log`.
function documentMock(tags: Array<string | null>) {
  const log = { body: [] as unknown[], selection: [] as unknown[], created: [] as string[], opened: 0 };
  const items = tags.map((tag, i) => ({
    tag,
    text: `cũ ${i}`,
    where: "",
    insertText(text: string, where: string) {
      this.text = text;
      this.where = where;
    },
  }));
  const data = {
    context: {
      document: {
        body: { insertFileFromBase64: (b64: string, where: string) => log.body.push({ b64, where }) },
        getSelection: () => ({
          insertFileFromBase64: (b64: string, where: string) => log.selection.push({ b64, where }),
        }),
        contentControls: { items },
      },
      application: {
        createDocument: (b64: string) => (log.created.push(b64), { open: () => log.opened++ }),
      },
    },
    run: async function (this: any, callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return { data, log, items };
}

describe("Word adapter", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Word);

  it("insertDocument replaces the body, appends at its end, or replaces the selection", async () => {
    const { data, log } = documentMock([]);
    installMock("Word", data);
    await insertDocument("AAA", "replace");
    await insertDocument("BBB", "end");
    await insertDocument("CCC", "selection");
    expect(log.body).toEqual([
      { b64: "AAA", where: "Replace" },
      { b64: "BBB", where: "End" },
    ]);
    expect(log.selection).toEqual([{ b64: "CCC", where: "Replace" }]);
  });

  it("openAsNewDocument creates a document from the bytes and opens it", async () => {
    const { data, log } = documentMock([]);
    installMock("Word", data);
    await openAsNewDocument("UEsD");
    expect(log.created).toEqual(["UEsD"]);
    expect(log.opened).toBe(1);
  });

  it("listFieldTags answers the tags of the content controls (loaded before read)", async () => {
    installMock("Word", documentMock(["issuer", null, "number"]).data);
    expect(await listFieldTags()).toEqual(["issuer", "number"]);
  });

  it("refillContentControls replaces the text of known fields and reports the unknown ones", async () => {
    const { data, items } = documentMock(["issuer", "number", "figures.members", "number", null]);
    installMock("Word", data);
    const r = await refillContentControls({ issuer: "ĐẢNG ỦY XÃ AN BÌNH", number: "12-BC/ĐU" });
    expect(r).toEqual({ filled: 3, unknown: ["figures.members"] });
    expect(items.map((c) => c.text)).toEqual(["ĐẢNG ỦY XÃ AN BÌNH", "12-BC/ĐU", "cũ 2", "12-BC/ĐU", "cũ 4"]);
    expect(items[0].where).toBe("Replace");
  });
});
