import { afterEach, describe, expect, it } from "vitest";
import {
  approveDocument,
  campaignArchive,
  closeCampaign,
  createCampaign,
  draftDocument,
  getIssuer,
  importUnits,
  listDecisions,
  putIssuer,
  rulesetForYear,
  saveDecisions,
  setDeadlines,
} from "../../src/api/campaignYear";
import { ApiError } from "../../src/api/http";
import { installXhr, type Answer, type SentRequest } from "./fakeXhr";

const original = (globalThis as Record<string, unknown>).XMLHttpRequest;
afterEach(() => ((globalThis as Record<string, unknown>).XMLHttpRequest = original));

function serve(answer: (r: SentRequest) => Answer) {
  return installXhr(answer);
}

describe("campaign year API", () => {
  it("creates a campaign with JSON and answers the campaign part of the reply", async () => {
    const sent = serve(() => ({
      status: 201,
      json: { campaign: { id: "nam-2025", name: "Năm 2025", year: 2025, rulesetId: "366" }, units: null },
    }));
    const c = await createCampaign({ id: "nam-2025", name: "Năm 2025", year: 2025 });
    expect(c.rulesetId).toBe("366");
    expect(sent[0].method).toBe("POST");
    expect(sent[0].url).toBe("/api/campaigns");
    expect(sent[0].headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(sent[0].body as string)).toEqual({ id: "nam-2025", name: "Năm 2025", year: 2025 });
  });

  it("sends deadlines with both dates by PATCH, closes by POST, escapes the campaign id", async () => {
    const sent = serve((r) => ({
      status: 200,
      json: { id: "a b", name: "x", year: 2025, state: r.url.endsWith("/close") ? "closed" : "open" },
    }));
    await setDeadlines("a b", [{ unitKind: "chi-bo-truc-thuoc", reviewBy: "2025-12-05", due: "2025-12-10" }]);
    const closed = await closeCampaign("a b");
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "PATCH /api/campaigns/a%20b",
      "POST /api/campaigns/a%20b/close",
    ]);
    expect(JSON.parse(sent[0].body as string).deadlines[0]).toEqual({
      unitKind: "chi-bo-truc-thuoc",
      reviewBy: "2025-12-05",
      due: "2025-12-10",
    });
    expect(closed.state).toBe("closed");
  });

  it("reads the issuer, null while not set (404), and puts it whole", async () => {
    let set = false;
    const sent = serve((r) =>
      r.method === "PUT"
        ? ((set = true), { status: 200, json: { ...JSON.parse(r.body as string), updatedBy: "quantri" } })
        : set
          ? { status: 200, json: { issuer: "ĐẢNG ỦY XÃ A" } }
          : { status: 404, json: { title: "Chưa có thông tin cơ quan ban hành" } },
    );
    expect(await getIssuer("d")).toBeNull();
    const put = await putIssuer("d", {
      issuer: "ĐẢNG ỦY XÃ A",
      issuerCode: "ĐU",
      place: "A",
      signer: { title: "BÍ THƯ" },
      copyTo: { default: ["Lưu VP"] },
    });
    expect(put.updatedBy).toBe("quantri");
    expect(sent[1].url).toBe("/api/campaigns/d/issuer");
    expect(JSON.parse(sent[1].body as string).copyTo).toEqual({ default: ["Lưu VP"] });
    expect((await getIssuer("d"))?.issuer).toBe("ĐẢNG ỦY XÃ A");
  });

  it("a refused issuer is an error with the service's detail, not null", async () => {
    serve(() => ({
      status: 422,
      json: { title: "Thông tin cơ quan ban hành không hợp lệ", detail: "Thiếu issuerCode." },
    }));
    await expect(putIssuer("d", { issuer: "X", issuerCode: "", place: "", signer: { title: "" } })).rejects.toThrow(
      /Thiếu issuerCode\. \(mã 422\)/,
    );
  });

  it("imports the unit list as one multipart file; 422 keeps the findings for the pane", async () => {
    const findings = [
      { code: "UNITS_PARENT", severity: "error", message: "Dòng 3: mã cấp trên X không có trong danh sách" },
    ];
    const sent = serve(() => ({ status: 422, json: { title: "Danh sách đơn vị không hợp lệ", findings } }));
    const err = await importUnits("d", new Blob(["ma,ten\n"]), "don-vi.csv").catch((e) => e);
    expect(sent[0].method).toBe("PUT");
    expect(sent[0].url).toBe("/api/campaigns/d/units");
    expect((sent[0].body as FormData).get("file")).toBeInstanceOf(Blob);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem?.findings).toEqual(findings);
  });

  it("previews a unit list with a dry run: the preview's tree and findings, nothing else asked", async () => {
    const preview = {
      units: 2,
      roots: ["T"],
      findings: [
        { code: "TREE_UNKNOWN_PARENT", severity: "error", message: "Dòng 3: cấp trên KHONG.CO", path: "units[1]" },
      ],
      dryRun: true,
      valid: false,
      tree: [
        { code: "T", name: "Tỉnh", kind: "dang-bo-tinh" },
        { code: "X", name: "Xã", kind: "dang-bo-co-so", parent: "KHONG.CO" },
      ],
    };
    const sent = serve(() => ({ status: 200, json: preview }));
    const r = await importUnits("d", new Blob(["ma,ten\n"]), "don-vi.csv", { dryRun: true });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(["PUT /api/campaigns/d/units?dryRun=true"]);
    expect(r.valid).toBe(false);
    expect(r.tree?.map((u) => u.code)).toEqual(["T", "X"]);
    expect(r.findings[0].message).toContain("KHONG.CO");
  });

  it("lists decisions below a unit and saves many at once", async () => {
    const answer = {
      decisions: [
        {
          unit: "X.C1",
          unitName: "Chi bộ 1",
          proposed: "excellent",
          decided: "good",
          effective: "good",
          isProposal: false,
          reason: "giữ tỷ lệ",
        },
      ],
      groups: [],
      findings: [],
    };
    const sent = serve(() => ({ status: 200, json: answer }));
    expect((await listDecisions("d", "X")).decisions[0].decided).toBe("good");
    await saveDecisions("d", [{ unit: "X.C1", level: "good", reason: "giữ tỷ lệ" }]);
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /api/campaigns/d/units/X/decisions",
      "PUT /api/campaigns/d/decisions",
    ]);
    expect(JSON.parse(sent[1].body as string)).toEqual([{ unit: "X.C1", level: "good", reason: "giữ tỷ lệ" }]);
  });

  it("drafts a công văn đôn đốc for the ticked units and approves a document", async () => {
    const sent = serve((r) =>
      r.url.endsWith("/approve")
        ? { status: 200, json: { id: 4, number: 2, documentNumber: "Số 02-CV/ĐU", sha256: "ab" } }
        : { status: 201, json: { id: 4, kind: "cong-van-don-doc", state: "draft" } },
    );
    const d = await draftDocument("d", { kind: "cong-van-don-doc", unit: "X", units: ["X.C2", "X.C3"] });
    expect(d.state).toBe("draft");
    expect(JSON.parse(sent[0].body as string)).toEqual({
      kind: "cong-van-don-doc",
      unit: "X",
      units: ["X.C2", "X.C3"],
    });
    const a = await approveDocument("d", 4);
    expect(sent[1].url).toBe("/api/campaigns/d/documents/4/approve");
    expect(a.documentNumber).toBe("Số 02-CV/ĐU");
  });

  it("downloads the archive as bytes", async () => {
    const sent = serve(() => ({ status: 200 }));
    const z = await campaignArchive("d");
    expect(sent[0].url).toBe("/api/campaigns/d/archive");
    expect(z.blob).toBeInstanceOf(Blob);
    expect(z.fileName).toBe("luu-tru-d.zip");
  });

  it("knows the ruleset of each year", () => {
    expect([2022, 2023, 2024, 2025].map(rulesetForYear)).toEqual(["132", "124", "124", "366"]);
  });
});
