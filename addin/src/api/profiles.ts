// Mapping profiles (docs/api.md, "Hồ sơ ánh xạ"): how to read workbooks that carry no names — last year's files, another
// province's layout. Saved on the service (checked against sample files on each save) and used to import a campaign's
// files: each is read through the profile, matched to its unit and stored as that unit's submission.
import { request, type Progress } from "./http";
import type { Schemas } from "./types";

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/** A figure a profile could not find in one file, and where it looked. */
export type MissingFigure = Schemas["MissingFigureDto"];

export type ProfileFileCheck = Schemas["ProfileFileCheck"];

export type ProfileCheck = Schemas["ProfileCheckView"];

export type ProfileEntry = Schemas["ProfileEntry"];

/** A saved profile; `profile` (its name and entries) only when one profile is read. */
export type SavedProfile = Schemas["ProfileView"];

/** One file of an import: status "submitted", "unchanged" or "refused"; matchedBy "code", "name" or "file". */
export type ImportedFile = Schemas["ImportedFile"];

export type ImportResult = Schemas["ImportResult"];

const PROFILE_FILE = "ho-so.json";

export async function listProfiles(opts: Opts = {}): Promise<SavedProfile[]> {
  return (await request<SavedProfile[]>("/api/profiles", opts)).body;
}

export async function getProfile(id: string, opts: Opts = {}): Promise<SavedProfile> {
  return (await request<SavedProfile>(`/api/profiles/${encodeURIComponent(id)}`, opts)).body;
}

/**
 * Saves a profile (its JSON, as typed or as a file) checked against the sample workbooks: a new one (POST; the id comes
 * from the JSON's "id" or its name), or, with `replaceId`, a new version of a saved one (PUT).
 */
export async function saveProfile(
  profile: Blob | string,
  samples: Array<{ file: Blob; name: string }>,
  replaceId?: string,
  opts: Opts = {},
): Promise<SavedProfile> {
  const form = new FormData();
  form.append(
    "files",
    typeof profile === "string" ? new Blob([profile], { type: "application/json" }) : profile,
    PROFILE_FILE,
  );
  for (const s of samples) form.append("files", s.file, s.name);
  const path = replaceId ? `/api/profiles/${encodeURIComponent(replaceId)}` : "/api/profiles";
  return (await request<SavedProfile>(path, { method: replaceId ? "PUT" : "POST", body: form, ...opts })).body;
}

export async function deleteProfile(id: string, opts: Opts = {}): Promise<void> {
  await request<Blob>(`/api/profiles/${encodeURIComponent(id)}`, { method: "DELETE", responseType: "blob", ...opts });
}

/** Imports untagged workbooks into a campaign through a saved profile: one line per file. */
export async function importByProfile(
  campaign: string,
  profileId: string,
  files: Array<{ file: Blob; name: string }>,
  opts: Opts = {},
): Promise<ImportResult> {
  const form = new FormData();
  for (const f of files) form.append("files", f.file, f.name);
  return (
    await request<ImportResult>(
      `/api/campaigns/${encodeURIComponent(campaign)}/profile-import?profile=${encodeURIComponent(profileId)}`,
      { method: "POST", body: form, ...opts },
    )
  ).body;
}
