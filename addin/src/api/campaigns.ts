// Campaign service: campaigns, units, submissions and the status tree (/api/campaigns/...).
import { request, type Progress } from "./http";
import type { Finding } from "./validate";

export interface Campaign {
  id: string;
  name: string;
  year: number;
}

export interface Unit {
  code: string;
  name: string;
  parent?: string | null;
}

export interface Receipt {
  unit: string;
  submittedAt: string;
  sha256: string;
  status: string;
  late?: boolean;
  errors?: number;
  warnings?: number;
  findings?: Finding[];
}

export interface StatusNode {
  code: string;
  name: string;
  status: string;
  submitted: number;
  total: number;
  valid?: number;
  late?: number;
  errors?: number;
  children?: StatusNode[];
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };
const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export async function listCampaigns(opts: Opts = {}): Promise<Campaign[]> {
  return (await request<Campaign[]>("/api/campaigns", opts)).body;
}

export async function listUnits(campaignId: string, opts: Opts = {}): Promise<Unit[]> {
  return (await request<Unit[]>(`${base(campaignId)}/units`, opts)).body;
}

export async function submitWorkbook(campaignId: string, unitCode: string, bytes: Uint8Array | Blob, fileName: string, opts: Opts = {}): Promise<Receipt> {
  const form = new FormData();
  form.append("file", bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]), fileName);
  const path = `${base(campaignId)}/units/${encodeURIComponent(unitCode)}/submissions`;
  return (await request<Receipt>(path, { method: "POST", body: form, ...opts })).body;
}

export async function statusTree(campaignId: string, opts: Opts = {}): Promise<StatusNode> {
  return (await request<StatusNode>(`${base(campaignId)}/status`, opts)).body;
}
