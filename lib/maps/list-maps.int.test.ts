import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps } from "@/db/schema";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs } from "@/lib/testing/map-fixtures";
import { archiveMap } from "./archive-map";
import { listMaps } from "./list-maps";
import { renameMap } from "./rename-map";
import { ZListMapsQuery } from "./schemas";

const query = (q: Record<string, string> = {}) => ZListMapsQuery.parse(q);

describe("listMaps", () => {
  let f: TenantFixture;
  const ctx = () => ({ workspaceId: f.workspace.id });
  const names = async (q: Record<string, string> = {}) => (await listMaps(ctx(), query(q))).map((m) => m.name);
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  it("shows only this workspace's active maps, newest edit first, with persona and last editor", async () => {
    const personaId = await createPersonaAs(f.owner.id, f.workspace.slug, "Anna");
    const older = await createMapAs(f.owner.id, f.workspace.slug, { name: "Older", personaId });
    await createMapAs(f.editor.id, f.workspace.slug, { name: "Newer" });
    await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Foreign" });
    // An edit moves a map to the top and makes its editor the last editor.
    await getDb().update(journeyMaps).set({ updatedAt: new Date(Date.now() - 60_000) }).where(eq(journeyMaps.id, older));
    expect(await names()).toEqual(["Newer", "Older"]);
    await renameMap(f.admin.id, { slug: f.workspace.slug }, { mapId: older, name: "Older, renamed" });
    const rows = await listMaps(ctx(), query());
    expect(rows.map((m) => m.name)).toEqual(["Older, renamed", "Newer"]);
    expect(rows[0]).toMatchObject({ persona: { id: personaId, name: "Anna", color: "#0e7490" }, lastEditor: { name: f.admin.name } });
    expect(rows[1]).toMatchObject({ persona: null, lastEditor: { name: f.editor.name } });
    expect(Object.keys(rows[0]!)).not.toContain("state");
  });

  it("sorts by name, case-insensitively", async () => {
    for (const name of ["beta", "Alpha", "gamma"]) await createMapAs(f.owner.id, f.workspace.slug, { name });
    expect(await names({ sort: "name" })).toEqual(["Alpha", "beta", "gamma"]);
  });

  it("separates archived maps from active ones", async () => {
    await createMapAs(f.owner.id, f.workspace.slug, { name: "Kept" });
    const shelved = await createMapAs(f.owner.id, f.workspace.slug, { name: "Shelved" });
    await archiveMap(f.owner.id, { slug: f.workspace.slug }, { mapId: shelved });
    expect(await names()).toEqual(["Kept"]);
    expect(await names({ status: "archived" })).toEqual(["Shelved"]);
  });

  it("searches names case-insensitively, taking % and _ literally", async () => {
    for (const name of ["50% off campaign", "500 offers", "Store_visit", "Storexvisit", "Back\\slash"]) {
      await createMapAs(f.owner.id, f.workspace.slug, { name });
    }
    expect(await names({ q: "50%", sort: "name" })).toEqual(["50% off campaign"]);
    expect(await names({ q: "store_", sort: "name" })).toEqual(["Store_visit"]);
    expect(await names({ q: "STORE", sort: "name" })).toEqual(["Store_visit", "Storexvisit"]);
    expect(await names({ q: "%" })).toEqual(["50% off campaign"]);
    expect(await names({ q: "k\\s" })).toEqual(["Back\\slash"]);
    expect(await names({ q: "nothing like it" })).toEqual([]);
  });

  it("never finds another workspace's maps by search", async () => {
    await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Secret plan" });
    expect(await names({ q: "secret" })).toEqual([]);
  });
});
