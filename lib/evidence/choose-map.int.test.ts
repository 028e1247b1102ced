import { describe, expect, it } from "vitest";
import { buildMap, buildTenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { chooseEvidenceMap } from "./choose-map";

describe("the map the Feedback & KPIs page shows", () => {
  it("is the URL's, else the one last chosen in this browser, else the first by name; another workspace's id counts for nothing", async () => {
    const f = await buildTenantFixture();
    const ctx = await authorizeWorkspace({ userId: f.viewer.id, workspace: { slug: f.workspace.slug }, permission: "evidence.read" });
    const alpha = await buildMap(f.workspace.id, { name: "Alpha" });
    const beta = await buildMap(f.workspace.id, { name: "Beta" });
    const theirs = await buildMap(f.otherWorkspace.id, { name: "Aardvark" });
    expect((await chooseEvidenceMap(ctx, undefined)).map?.id).toBe(alpha.id);
    expect((await chooseEvidenceMap(ctx, undefined, beta.id)).map?.id).toBe(beta.id);
    expect((await chooseEvidenceMap(ctx, alpha.id, beta.id)).map?.id).toBe(alpha.id);
    expect((await chooseEvidenceMap(ctx, undefined, theirs.id)).map?.id).toBe(alpha.id);
    expect((await chooseEvidenceMap(ctx, theirs.id, "not-an-id")).map?.id).toBe(alpha.id);
  });
});
