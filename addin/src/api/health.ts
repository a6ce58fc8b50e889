// GET /api/health — the service's version and rulesets; the pane shows it and uses it to detect the service.
import { request } from "./http";
import type { Schemas } from "./types";

export type Health = Schemas["HealthReport"];

export async function health(signal?: AbortSignal): Promise<Health> {
  return (await request<Health>("/api/health", { signal, authenticate: false })).body;
}
