import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, workspaces } from "@/db/schema";
import { buildTenantFixture, buildUser } from "@/lib/testing/factories";
import { createWorkspace } from "./create-workspace";
import { listUserWorkspaces } from "./list-user-workspaces";
import { renameWorkspace } from "./rename-workspace";

describe("workspaces", () => {
  it("creates a workspace its creator owns, with a unique slug even for a taken name", async () => {
    const user = await buildUser();
    const a = await createWorkspace(user.id, { name: "Klantenservice Noord" });
    const b = await createWorkspace(user.id, { name: "Klantenservice Noord" });
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug).toMatch(/^klantenservice-noord/);
    expect((await listUserWorkspaces(user.id)).map((w) => [w.slug, w.role])).toEqual(
      expect.arrayContaining([
        [a.slug, "owner"],
        [b.slug, "owner"],
      ]),
    );
  });

  it("refuses a bad name with a field error and creates nothing", async () => {
    const user = await buildUser();
    await expect(createWorkspace(user.id, { name: " x " })).rejects.toMatchObject({ fieldErrors: { name: ["TOO_SHORT"] } });
    await expect(createWorkspace(null, { name: "Fine name" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await listUserWorkspaces(user.id)).toEqual([]);
  });

  it("renames with an audit event; a bad name changes nothing", async () => {
    const f = await buildTenantFixture();
    expect(await renameWorkspace(f.admin.id, { slug: f.workspace.slug }, { name: "a".repeat(61) })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["TOO_LONG"] },
    });
    expect(await renameWorkspace(f.admin.id, { slug: f.workspace.slug }, { name: "Marketing" })).toMatchObject({ ok: true });
    const [row] = await getDb().select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, f.workspace.id));
    expect(row!.name).toBe("Marketing");
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
    expect(events.map((e) => e.action)).toEqual(["workspace.renamed"]);
  });
});
