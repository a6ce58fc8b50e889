import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module script without types
import { validateManifest } from "../../scripts/validate-manifest.mjs";

const manifestPath = join(__dirname, "..", "..", "..", "manifest.xml");
const temp = mkdtempSync(join(tmpdir(), "manifest-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function variant(name: string, edit: (xml: string) => string): string {
  const path = join(temp, name);
  writeFileSync(path, edit(readFileSync(manifestPath, "utf8")));
  return path;
}

describe("manifest.xml (converted to the JSON manifest, validated offline against the bundled schema)", () => {
  it("is valid, for Excel and Word, with the task pane and the Home tab button", async () => {
    const { errors, manifest } = await validateManifest(manifestPath);
    expect(errors).toEqual([]);
    expect(manifest.name.short).toBe("Kiểm điểm – Xếp loại");
    const ext = manifest.extensions[0];
    expect(ext.requirements.scopes).toEqual(["workbook", "document"]);
    // office-addin-manifest-converter 0.4.1 emits the ribbon of the first host only; Office reads the XML itself.
    const group = ext.ribbons[0].tabs[0].groups[0];
    expect(ext.ribbons[0].tabs[0].builtInTabId).toBe("TabHome");
    expect(group.label).toBe("Kiểm điểm – Xếp loại");
    expect(group.icons.map((i: { size: number }) => i.size)).toEqual([16, 32, 80]);
    const pane = ext.runtimes.find((r: any) => r.actions?.some((a: any) => a.type === "openPage"));
    expect(pane.code.page).toBe("https://localhost:7071/addin/taskpane.html?office=1");
    expect(manifest.authorization.permissions.resourceSpecific[0].name).toBe("Document.ReadWrite.User");
  });

  it("declares the Entra app for Office SSO (WebApplicationInfo), its resource naming the same app id", async () => {
    const { errors, manifest } = await validateManifest(manifestPath);
    expect(errors).toEqual([]);
    const { id, resource } = manifest.webApplicationInfo;
    expect(id).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    expect(resource).toBe(`api://localhost:7071/${id}`);
  });

  it("catches a WebApplicationInfo Id that is not a GUID (the app id was not filled in)", async () => {
    const path = variant("bad-app-id.xml", (x) =>
      x.replace(/<Id>0{8}-0{4}-0{4}-0{4}-0{12}<\/Id>/, "<Id>CLIENT-ID-HERE</Id>"),
    );
    const { errors } = await validateManifest(path);
    expect(errors.join("\n")).toMatch(/webApplicationInfo\/id must match pattern/);
  });

  it("catches an icon URL that is not http(s)", async () => {
    const path = variant("ftp-icon.xml", (x) =>
      x.replace("https://localhost:7071/addin/assets/icon-16.png", "ftp://localhost/icon-16.png"),
    );
    const { errors } = await validateManifest(path);
    expect(errors.join("\n")).toMatch(/icons\/0\/url must match pattern/);
  });

  it("catches an Id that is not a GUID (rejected by Office's manifest reader)", async () => {
    const path = variant("bad-id.xml", (x) => x.replace("5b0f7c2e-6a41-4d0e-9f3b-2c7d1e8a9b64", "not-a-guid"));
    const { errors } = await validateManifest(path);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/converter rejected the manifest/);
  });
});
