// A province's own workbook as a campaign's form, shared by the end-to-end tests that tag it (the web app's grid, the
// Excel pane through office-addin-mock): the sample workbook (the service's `form province-sample` verb: other sheet
// names, merged headers, extra rows, =SUM totals, styles), the campaign and its units, the units' reports, each unit
// filling the downloaded form (`form fill`) and submitting it, and what ClosedXML sees in a workbook (`form inspect`).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { setBaseUrl, useCredentials } from "../../src/api/http";
import { campaignUnit, cli, postCampaign, postFile, type Service } from "./harness";

export interface InspectedCell {
  address: string;
  value?: unknown;
  cached?: unknown;
  formula?: string;
  type: string;
  fill?: string;
  bold: boolean;
  italic: boolean;
  border?: string;
  numberFormat: string;
}
export interface InspectedSheet {
  name: string;
  merged: string[];
  widths: Record<string, number>;
  validations: number;
  cells: InspectedCell[];
}
export interface Inspected {
  sheets: InspectedSheet[];
  names: Array<{ name: string; refersTo: string }>;
}

/** What ClosedXML (an independent reader) sees in a workbook, through the service's `form inspect` verb. */
export function inspect(path: string): Inspected {
  const out = `${path}.inspect.json`;
  cli("form", "inspect", path, "-o", out);
  return JSON.parse(readFileSync(out, "utf8"));
}

export const sheetOf = (wb: Inspected, name: string) => wb.sheets.find((s) => s.name === name)!;
export const cellOf = (wb: Inspected, sheet: string, address: string) =>
  sheetOf(wb, sheet)?.cells.find((c) => c.address === address);

/** "'TH đảng viên'!G5" → sheet and cell. */
export function splitTarget(target: string): { sheet: string; cell: string } {
  const bang = target.lastIndexOf("!");
  return {
    sheet: target.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    cell: target.slice(bang + 1).replace(/\$/g, ""),
  };
}

/**
 * The untagged province workbook, where each figure really is (what an admin who knows the form tags), and what
 * ClosedXML reads in it (inspected once: the tests compare with it and build Excel's view of it).
 */
export function provinceSample(): {
  dir: string;
  workbook: string;
  truth: Record<string, string>;
  original: Inspected;
} {
  const dir = mkdtempSync(join(tmpdir(), "officereview-province-"));
  const workbook = join(dir, "Bieu thong ke tinh Lang Son.xlsx");
  cli("form", "province-sample", "-o", workbook, "--mapping", join(dir, "truth.json"));
  const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8"));
  return { dir, workbook, truth, original: inspect(workbook) };
}

type Block = {
  total: number;
  notRated: number;
  rated: number;
  excellent: number;
  good: number;
  complete: number;
  notComplete: number;
};
export interface Report {
  schema: string;
  year: number;
  unit: { code: string; name: string; kind: string; category: string; parent: string };
  ownRating: { level: "excellent" | "good" | "complete" | "notComplete" };
  organizations: { partialCommittees: Block; subordinateCells: Block };
  members: Block & { exempt: { excused: number; suspended: number; newlyAdmitted: number } };
}

export const PARENT = { code: "LS", name: "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn" };

/**
 * A unit's report (a đảng bộ cơ sở: its own level, its đảng bộ bộ phận and chi bộ trực thuộc, its members): consistent
 * sums, HTXS within the cap, different figures per seed.
 */
export function unitReport(code: string, name: string, seed: number, level: Report["ownRating"]["level"]): Report {
  const block = (total: number, notRated: number, excellent: number, complete: number): Block => {
    const rated = total - notRated;
    return { total, notRated, rated, excellent, good: rated - excellent - complete, complete, notComplete: 0 };
  };
  const members = {
    total: 120 + seed * 7,
    exempt: { excused: 3 + seed, suspended: seed % 2, newlyAdmitted: 2 },
    notRated: 1,
  };
  const rated =
    members.total - members.exempt.excused - members.exempt.suspended - members.exempt.newlyAdmitted - members.notRated;
  return {
    schema: "officereview.unit-report/1",
    year: 2025,
    unit: { code, name, kind: "dang-bo-co-so", category: seed % 2 ? "phuong" : "xa", parent: PARENT.code },
    ownRating: { level },
    organizations: {
      partialCommittees: block(2 + (seed % 2), 0, 0, 1),
      subordinateCells: block(10 + seed, 1, 1, 2),
    },
    members: {
      ...members,
      rated,
      excellent: 12 + seed,
      good: rated - 12 - seed - 21 - 1,
      complete: 21,
      notComplete: 1,
    },
  };
}

export const UNITS: Report[] = [
  unitReport("LS.01", "Đảng bộ xã Hữu Lũng", 0, "good"),
  unitReport("LS.02", "Đảng bộ phường Tam Thanh", 1, "good"),
  unitReport("LS.03", "Đảng bộ xã Đồng Đăng", 2, "complete"),
];

/** Creates the campaign with the parent and its three units (API, as the web app's setup does). */
export async function createCampaign(service: Service, id: string): Promise<void> {
  const res = await postCampaign(service, {
    id,
    year: 2025,
    name: `Biểu tỉnh Lạng Sơn (${id})`,
    units: [
      { code: PARENT.code, name: PARENT.name, kind: "dang-bo-cap-tren-co-so" },
      ...UNITS.map((u) => campaignUnit(u.unit)),
    ],
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

/**
 * The units' part: each downloads the campaign's form (GET …/form, as a clerk of the unit), fills it through its names
 * (`form fill`), and submits it; answers the filled files. Every submission is stored with no error.
 */
export async function unitsSubmit(service: Service, campaign: string, dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const report of UNITS) {
    const code = report.unit.code;
    const clerk = await service.createAccount(`can-bo-${campaign}-${code}`.toLowerCase(), [
      { role: "clerk", unit: code, campaign },
    ]);
    const login = await fetch(`${service.baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userName: clerk.userName, password: clerk.password }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    const form = await fetch(`${service.baseUrl}/api/campaigns/${campaign}/form`, { headers: { Cookie: cookie } });
    expect(form.status).toBe(200);
    const formPath = join(dir, `${campaign}-${code}-bieu-mau.xlsx`);
    writeFileSync(formPath, Buffer.from(await form.arrayBuffer()));
    const reportPath = join(dir, `${code}.json`);
    writeFileSync(reportPath, JSON.stringify(report));
    const filled = join(dir, `${campaign}-${code}.xlsx`);
    cli("form", "fill", formPath, reportPath, "-o", filled);
    const res = await postFile(service, campaign, code, filled, `${code}.xlsx`);
    const submitted = (await res.json()) as { errors: number; findings?: Array<{ code: string; message: string }> };
    expect([200, 201], JSON.stringify(submitted)).toContain(res.status);
    expect(submitted.errors, JSON.stringify(submitted.findings)).toBe(0);
    files.push(filled);
  }
  return files;
}

/** The figure's value in a report (null when the form's contract has it but the report does not). */
export function figureOf(r: Report, name: string): number | string | null {
  const blocks: Record<string, Block> = {
    Org_Partial: r.organizations.partialCommittees,
    Org_Cells: r.organizations.subordinateCells,
    Mem: r.members,
  };
  const fields: Record<string, (b: Block) => number> = {
    Total: (b) => b.total,
    NotRated: (b) => b.notRated,
    Rated: (b) => b.rated,
    Excellent: (b) => b.excellent,
    Good: (b) => b.good,
    Complete: (b) => b.complete,
    NotComplete: (b) => b.notComplete,
    Exempt_Excused: () => r.members.exempt.excused,
    Exempt_Suspended: () => r.members.exempt.suspended,
    Exempt_NewlyAdmitted: () => r.members.exempt.newlyAdmitted,
  };
  const m = /^OR_(Org_Base|Org_Partial|Org_Cells|Mem)_(.+)$/.exec(name);
  if (m && fields[m[2]]) return fields[m[2]](blocks[m[1]]);
  return null;
}

/**
 * What the upper level's consolidated form must show for a count figure: its units are its tổ chức cơ sở đảng, counted
 * by their own level; every other block and the members are the sums of the units' figures.
 */
export function sumOf(name: string): number | null {
  const base = /^OR_Org_Base_(Total|NotRated|Rated|Excellent|Good|Complete|NotComplete)$/.exec(name);
  if (base) {
    const levels = UNITS.map((u) => u.ownRating.level);
    const n = (l: string) => levels.filter((x) => x === l).length;
    return {
      Total: UNITS.length,
      NotRated: 0,
      Rated: UNITS.length,
      Excellent: n("excellent"),
      Good: n("good"),
      Complete: n("complete"),
      NotComplete: n("notComplete"),
    }[base[1]]!;
  }
  const values = UNITS.map((u) => figureOf(u, name));
  return values.every((v) => typeof v === "number") ? (values as number[]).reduce((a, b) => a + b, 0) : null;
}

const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN);

/**
 * The consolidated workbook against the untagged original, both read with ClosedXML: the province's sheets (same
 * order, then "Theo đơn vị" and "Nguồn"), merged cells, column widths, validations, every cell's style and formula,
 * labels untouched; every tagged count equals the sum of the units; the province's own formulas (=SUM totals, the
 * members' "Được đánh giá", the percentages) evaluate over those figures.
 */
export function expectConsolidatedKeepsLayout(
  original: Inspected,
  consolidatedPath: string,
  truth: Record<string, string>,
  tagged: Record<string, string>,
) {
  const merged = inspect(consolidatedPath);
  expect(merged.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), "Theo đơn vị", "Nguồn"]);
  const taggedCells = new Set(
    Object.values(tagged).map((t) => {
      const { sheet, cell } = splitTarget(t);
      return `${sheet}!${cell}`;
    }),
  );
  let styled = 0,
    formulas = 0;
  for (const sheet of original.sheets) {
    const now = sheetOf(merged, sheet.name);
    expect([...now.merged].sort(), sheet.name).toEqual([...sheet.merged].sort());
    expect(now.widths, sheet.name).toEqual(sheet.widths);
    expect(now.validations, sheet.name).toBe(sheet.validations);
    for (const cell of sheet.cells) {
      const after = now.cells.find((c) => c.address === cell.address);
      const where = `${sheet.name}!${cell.address}`;
      expect(after, where).toBeDefined();
      expect(
        {
          fill: after!.fill,
          bold: after!.bold,
          italic: after!.italic,
          border: after!.border,
          numberFormat: after!.numberFormat,
        },
        where,
      ).toEqual({
        fill: cell.fill,
        bold: cell.bold,
        italic: cell.italic,
        border: cell.border,
        numberFormat: cell.numberFormat,
      });
      expect(after!.formula, where).toBe(cell.formula);
      if (cell.fill || cell.bold || cell.border) styled++;
      if (cell.formula) formulas++;
      if (!cell.formula && !taggedCells.has(where) && typeof cell.value === "string" && cell.value)
        expect(after!.value, where).toBe(cell.value);
    }
  }
  expect(styled).toBeGreaterThan(50);
  expect(formulas).toBeGreaterThanOrEqual(10);

  // The figures: each tagged count is the sum of the units' (a formula cell: its cached value and ClosedXML's own result).
  let checked = 0;
  for (const [name, target] of Object.entries(tagged)) {
    const expected = sumOf(name);
    if (expected === null) continue;
    const { sheet, cell } = splitTarget(target);
    const c = cellOf(merged, sheet, cell)!;
    expect(num(c.formula ? c.cached : c.value), `${name} (${sheet}!${cell})`).toBe(expected);
    if (c.formula) expect(num(c.value), `${name} (${sheet}!${cell}) = ${c.formula}`).toBe(expected);
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(30);
  const info = splitTarget(truth.OR_Unit_Code);
  expect(cellOf(merged, info.sheet, info.cell)!.value).toBe(PARENT.code);

  // The province's "Cộng" row (=SUM of the three organization rows) over the merged figures.
  const orgSheet = splitTarget(truth.OR_Org_Base_Total).sheet;
  const totalRow = sheetOf(original, orgSheet).cells.find((c) => c.formula?.startsWith("SUM("))!;
  expect(totalRow).toBeDefined();
  const sumCell = cellOf(merged, orgSheet, totalRow.address)!;
  expect(num(sumCell.value)).toBe(
    ["OR_Org_Base", "OR_Org_Partial", "OR_Org_Cells"].reduce(
      (a, p) =>
        a +
        sumOf(
          `${p}_${({ C: "Total", D: "NotRated", E: "Rated", F: "Excellent", G: "Good", H: "Complete", I: "NotComplete" } as Record<string, string>)[totalRow.address[0]]}`,
        )!,
      0,
    ),
  );
  // The HTXS percentage of the base organizations and of the members: the province's formulas, recomputed by ClosedXML.
  const pct = (excellent: number, rated: number) => Math.round(((excellent * 100) / rated) * 100) / 100;
  const memPct = splitTarget(truth.OR_Mem_Pct_Excellent);
  expect(num(cellOf(merged, memPct.sheet, memPct.cell)!.value)).toBeCloseTo(
    pct(sumOf("OR_Mem_Excellent")!, sumOf("OR_Mem_Rated")!),
    2,
  );

  // The added sheets: each unit by code in "Theo đơn vị"; each unit's file with its SHA-256 in "Nguồn".
  const bySubunit = sheetOf(merged, "Theo đơn vị").cells.map((c) => c.value);
  const sources = sheetOf(merged, "Nguồn").cells.map((c) => String(c.value ?? ""));
  for (const u of UNITS) {
    expect(bySubunit).toContain(u.unit.code);
    expect(sources).toContain(u.unit.code);
  }
  expect(sources.filter((v) => /^[0-9a-f]{64}$/.test(v))).toHaveLength(UNITS.length);
  // The names stay: the consolidated workbook reads as the same form.
  for (const name of Object.keys(tagged)) expect(merged.names.map((n) => n.name)).toContain(name);
}

/**
 * Lets the pane's own API modules (src/api/*, which send through XMLHttpRequest) run in node against the real service:
 * an XMLHttpRequest over node's fetch, the service's URL, and the admin's bearer token as the signed-in credentials.
 * Answers the function that undoes it.
 */
export function paneApiOn(service: Service): () => void {
  class FetchXhr {
    responseType = "";
    status = 0;
    response: Blob | null = null;
    upload: Record<string, unknown> = {};
    onload?: () => void;
    onerror?: () => void;
    onabort?: () => void;
    onprogress?: unknown;
    private method = "GET";
    private url = "";
    private headers: Record<string, string> = {};
    private answered = new Headers();
    private readonly controller = new AbortController();
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return this.answered.get(name);
    }
    abort() {
      this.controller.abort();
      this.onabort?.();
    }
    send(body: BodyInit | null) {
      fetch(this.url, {
        method: this.method,
        headers: this.headers,
        body: body ?? undefined,
        signal: this.controller.signal,
      }).then(
        async (r) => {
          this.status = r.status;
          this.answered = r.headers;
          this.response = await r.blob();
          this.onload?.();
        },
        () => {
          if (!this.controller.signal.aborted) this.onerror?.();
        },
      );
    }
  }
  const g = globalThis as Record<string, unknown>;
  const before = g.XMLHttpRequest;
  g.XMLHttpRequest = FetchXhr;
  setBaseUrl(service.baseUrl);
  useCredentials({ headers: async () => ({ Authorization: `Bearer ${service.adminToken}` }), rejected: () => {} });
  return () => {
    useCredentials(null);
    setBaseUrl("");
    g.XMLHttpRequest = before;
  };
}
