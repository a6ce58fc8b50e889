import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../src/api/http";
import { deleteProfile, importByProfile, listProfiles, saveProfile } from "../../src/api/profiles";
import { installXhr } from "./fakeXhr";

const original = (globalThis as Record<string, unknown>).XMLHttpRequest;
afterEach(() => ((globalThis as Record<string, unknown>).XMLHttpRequest = original));

const names = (body: unknown) => [...(body as FormData).getAll("files")].map((f) => (f as File).name);

describe("mapping profiles API", () => {
  it("saves a new profile by POST with the JSON first and the sample files after, and a new version by PUT", async () => {
    const sent = installXhr((r) => ({
      status: r.method === "POST" ? 201 : 200,
      json: {
        id: "bc-2024",
        name: "BC",
        version: r.method === "POST" ? 1 : 2,
        entries: 3,
        check: { complete: false, files: [] },
      },
    }));
    const samples = [
      { file: new Blob(["PK"]), name: "HB.01-2024.xlsx" },
      { file: new Blob(["PK"]), name: "ky-son.xlsx" },
    ];
    const created = await saveProfile('{"name":"BC","entries":[]}', samples);
    const replaced = await saveProfile(new Blob(["{}"]), samples, "bc 2024");
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /api/profiles", "PUT /api/profiles/bc%202024"]);
    expect(names(sent[0].body)).toEqual(["ho-so.json", "HB.01-2024.xlsx", "ky-son.xlsx"]);
    expect(await ((sent[0].body as FormData).get("files") as File).text()).toBe('{"name":"BC","entries":[]}');
    expect([created.version, replaced.version]).toEqual([1, 2]);
  });

  it("imports a campaign's files through a profile, escaping both ids, and answers one line per file", async () => {
    const sent = installXhr(() => ({
      status: 200,
      json: {
        campaign: "nam 2024",
        profile: "bc",
        submitted: 1,
        unchanged: 0,
        refused: 1,
        files: [
          { file: "a.xlsx", status: "submitted", unit: "HB.01", matchedBy: "code", missing: [], findings: [] },
          { file: "hong.xlsx", status: "refused", message: "Tệp hong.xlsx không đọc được", missing: [], findings: [] },
        ],
      },
    }));
    const r = await importByProfile("nam 2024", "bc&x", [
      { file: new Blob(["PK"]), name: "a.xlsx" },
      { file: new Blob(["x"]), name: "hong.xlsx" },
    ]);
    expect(sent[0].url).toBe("/api/campaigns/nam%202024/profile-import?profile=bc%26x");
    expect(names(sent[0].body)).toEqual(["a.xlsx", "hong.xlsx"]);
    expect(r.files.map((f) => f.status)).toEqual(["submitted", "refused"]);
  });

  it("deletes with an empty 204 answer, and a refusal comes back as the service's message", async () => {
    const sent = installXhr((r) =>
      r.method === "DELETE"
        ? { status: 204 }
        : {
            status: 403,
            json: {
              title: "Không có quyền",
              detail: 'Tài khoản "c" không có quyền lưu hay xóa hồ sơ ánh xạ (cần vai trò admin).',
            },
          },
    );
    await deleteProfile("bc-2024");
    expect(sent[0].method).toBe("DELETE");
    const refused = await listProfiles().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
  });
});
