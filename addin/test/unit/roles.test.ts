import { describe, expect, it } from "vitest";
import { allowedIn, EVERYTHING, ownUnits } from "../../src/app/roles";

describe("what roles allow in the web app", () => {
  it("gives everything when the service asks nobody to sign in", () => {
    expect(allowedIn(null, "c")).toEqual(EVERYTHING);
    expect(ownUnits(null, "c")).toBeNull();
  });

  it("an admin of every campaign may create, set up and approve anywhere", () => {
    const a = allowedIn([{ role: "admin", campaign: null }], "nam-2025");
    expect(a).toEqual({ admin: true, create: true, decide: true, draft: true, approve: true });
    expect(ownUnits([{ role: "admin", campaign: null }], "nam-2025")).toBeNull();
  });

  it("a campaign admin is admin in that campaign only, and may not create campaigns", () => {
    const roles = [{ role: "admin", campaign: "nam-2025" }];
    expect(allowedIn(roles, "nam-2025")).toMatchObject({ admin: true, create: false, approve: true });
    expect(allowedIn(roles, "nam-2026")).toMatchObject({ admin: false, decide: false, draft: false, approve: false });
  });

  it("a reviewer decides and drafts but does not approve; an approver drafts and approves but does not decide", () => {
    const reviewer = allowedIn([{ role: "reviewer", unit: "X", campaign: "c" }], "c");
    expect(reviewer).toEqual({ admin: false, create: false, decide: true, draft: true, approve: false });
    const approver = allowedIn([{ role: "approver", unit: "X", campaign: "c" }], "c");
    expect(approver).toEqual({ admin: false, create: false, decide: false, draft: true, approve: true });
    expect(
      ownUnits(
        [
          { role: "reviewer", unit: "X", campaign: "c" },
          { role: "clerk", unit: "Y", campaign: "d" },
        ],
        "c",
      ),
    ).toEqual(["X"]);
  });

  it("a clerk may do none of the upper level's actions", () => {
    expect(allowedIn([{ role: "clerk", unit: "X", campaign: null }], "c")).toEqual({
      admin: false,
      create: false,
      decide: false,
      draft: false,
      approve: false,
    });
  });
});
