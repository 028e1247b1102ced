import { beforeAll, describe, expect, it } from "vitest";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { loadMapEditor } from "./load-map-editor";

let f: TenantFixture;
let mapId: string;
let foreignMapId: string;

const ctxOf = (userId: string, slug = f.workspace.slug) => authorizeWorkspace({ userId, workspace: { slug }, permission: "maps.read" });

beforeAll(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id, { name: "Onboarding" })).id;
  foreignMapId = (await buildMap(f.otherWorkspace.id, { name: "Theirs" })).id;
});

describe("loading the map editor", () => {
  it("gives a member the map, edit rights by role, and the members to mention", async () => {
    const editor = await loadMapEditor(await ctxOf(f.editor.id), mapId);
    expect(editor.map).toEqual({ id: mapId, name: "Onboarding", archived: false });
    expect(editor.canEdit).toBe(true);
    expect(editor.canWriteEvidence).toBe(true);
    expect(editor.members.map((m) => m.userId).sort()).toEqual([f.owner.id, f.admin.id, f.editor.id, f.viewer.id].sort());
    expect(editor.members.every((m) => m.name.length > 0)).toBe(true);

    const viewer = await loadMapEditor(await ctxOf(f.viewer.id), mapId);
    expect(viewer.canEdit).toBe(false);
    expect(viewer.canWriteEvidence).toBe(false);
  });

  it("does not find a map of another workspace, from either side", async () => {
    await expect(loadMapEditor(await ctxOf(f.owner.id), foreignMapId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadMapEditor(await ctxOf(f.foreignOwner.id, f.otherWorkspace.slug), mapId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not find an id that is no map id", async () => {
    await expect(loadMapEditor(await ctxOf(f.owner.id), "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadMapEditor(await ctxOf(f.owner.id), crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
