// What the signed-in user's roles allow in one campaign (docs/security.md, "Who may call what"): the web app shows only
// that. The service still checks every request; this only hides what would be refused.
import type { RoleGrant } from "../api/auth";

export interface Allowed {
  /** Campaign admin (or the admin of every campaign): setup, every unit, the audit log. */
  admin: boolean;
  /** Admin of every campaign: may create campaigns. */
  create: boolean;
  /** Reviewer (or admin): decides levels, drafts documents. */
  decide: boolean;
  /** Reviewer, approver or admin: drafts documents. */
  draft: boolean;
  /** Approver (or admin): approves documents, which takes a number from the register. */
  approve: boolean;
}

/** Everything: a service that asks nobody to sign in. */
export const EVERYTHING: Allowed = { admin: true, create: true, decide: true, draft: true, approve: true };

/** What `roles` allow in `campaign` (a role with campaign null holds in every campaign). */
export function allowedIn(roles: RoleGrant[] | null, campaign: string | undefined): Allowed {
  if (!roles) return EVERYTHING;
  const here = roles.filter((r) => r.campaign == null || r.campaign === campaign);
  const has = (...names: string[]) => here.some((r) => names.includes(r.role));
  const admin = has("admin");
  return {
    admin,
    create: roles.some((r) => r.role === "admin" && r.campaign == null),
    decide: admin || has("reviewer"),
    draft: admin || has("reviewer", "approver"),
    approve: admin || has("approver"),
  };
}

/** The units whose subtree the user works on in `campaign` (null: every unit, as an admin). */
export function ownUnits(roles: RoleGrant[] | null, campaign: string | undefined): string[] | null {
  const a = allowedIn(roles, campaign);
  if (!roles || a.admin) return null;
  return [
    ...new Set(roles.filter((r) => (r.campaign == null || r.campaign === campaign) && r.unit).map((r) => r.unit!)),
  ];
}
