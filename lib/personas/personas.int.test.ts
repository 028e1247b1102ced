import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, personas } from "@/db/schema";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs, workspaceSnapshot } from "@/lib/testing/map-fixtures";
import { createPersona } from "./create-persona";
import { deletePersona } from "./delete-persona";
import { listPersonas } from "./list-personas";
import { updatePersona } from "./update-persona";

const personaRow = async (id: string) => (await getDb().select().from(personas).where(eq(personas.id, id)))[0];

describe("personas", () => {
  let f: TenantFixture;
  const ref = () => ({ slug: f.workspace.slug });
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  it("creates a persona from a form with all its fields", async () => {
    const form = new FormData();
    form.set("name", " Anna de Vries ");
    form.set("description", "Homeowner, 42");
    form.set("goals", "Finish the bathroom");
    form.set("needs", "Clear advice");
    form.set("frustrations", "Queues at the checkout");
    form.set("color", "#B91C1C");
    const result = await createPersona(f.editor.id, ref(), form);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.personaId : "";
    expect(await personaRow(id)).toMatchObject({
      workspaceId: f.workspace.id,
      name: "Anna de Vries",
      description: "Homeowner, 42",
      goals: "Finish the bathroom",
      needs: "Clear advice",
      frustrations: "Queues at the checkout",
      color: "#b91c1c",
    });
  });

  it("refuses bad input with field errors and creates nothing", async () => {
    const before = await workspaceSnapshot(f.workspace.id);
    expect(await createPersona(f.editor.id, ref(), { name: "", color: "#123456", goals: "g".repeat(2001) })).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { name: ["REQUIRED"], goals: ["TOO_LONG"], color: ["INVALID_COLOUR"] },
    });
    expect(await workspaceSnapshot(f.workspace.id)).toEqual(before);
  });

  it("updates a persona and refuses another workspace's", async () => {
    const mine = await createPersonaAs(f.owner.id, f.workspace.slug, "Bram");
    const theirs = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug, "Theirs");
    expect(await updatePersona(f.editor.id, ref(), { personaId: mine, name: "Bram B.", needs: "Speed", color: "#15803d" })).toMatchObject({ ok: true });
    expect(await personaRow(mine)).toMatchObject({ name: "Bram B.", needs: "Speed", color: "#15803d", description: "" });
    expect(await updatePersona(f.owner.id, ref(), { personaId: theirs, name: "Hijacked" })).toMatchObject({ ok: false, error: "PERSONA_NOT_FOUND" });
    expect(await personaRow(theirs)).toMatchObject({ name: "Theirs" });
    expect(await updatePersona(f.owner.id, ref(), { personaId: mine, name: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["REQUIRED"] } });
    expect(await personaRow(mine)).toMatchObject({ name: "Bram B." });
  });

  it("deleting a persona keeps its maps, without persona", async () => {
    const personaId = await createPersonaAs(f.owner.id, f.workspace.slug);
    const mapId = await createMapAs(f.owner.id, f.workspace.slug, { personaId });
    expect(await deletePersona(f.admin.id, ref(), { personaId })).toEqual({ ok: true, data: { personaId } });
    expect(await personaRow(personaId)).toBeUndefined();
    const [map] = await getDb().select().from(journeyMaps).where(eq(journeyMaps.id, mapId));
    expect(map).toMatchObject({ id: mapId, personaId: null });
  });

  it("does not delete another workspace's persona", async () => {
    const theirs = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug);
    expect(await deletePersona(f.owner.id, ref(), { personaId: theirs })).toMatchObject({ ok: false, error: "PERSONA_NOT_FOUND" });
    expect(await personaRow(theirs)).toBeDefined();
  });

  it("lists this workspace's personas by name with their map counts", async () => {
    const zed = await createPersonaAs(f.owner.id, f.workspace.slug, "Zed");
    await createPersonaAs(f.owner.id, f.workspace.slug, "Anna");
    await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug, "Foreign");
    await createMapAs(f.owner.id, f.workspace.slug, { personaId: zed });
    await createMapAs(f.owner.id, f.workspace.slug, { personaId: zed });
    expect((await listPersonas({ workspaceId: f.workspace.id })).map((p) => [p.name, p.mapCount])).toEqual([
      ["Anna", 0],
      ["Zed", 2],
    ]);
  });
});
