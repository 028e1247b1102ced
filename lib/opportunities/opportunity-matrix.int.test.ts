import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { journeyMaps, mapOpportunities } from "@/db/schema";
import { barrier, connectClient, startCollabServer, storedContent, waitFor, type RunningCollabServer, type TestClient } from "@/lib/collab/server/test-harness";
import { addCard, addLane, addPhase, addStep, getCard } from "@/lib/journey/map-document";
import { insertProjection } from "@/lib/maps/insert-projection";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { getOpportunityMatrix } from "./get-opportunity-matrix";
import { placeOpportunity } from "./place-opportunity";
import { NO_OWNER } from "./schemas";

let f: TenantFixture;
const ref = () => ({ slug: f.workspace.slug });
const ctx = () => ({ workspaceId: f.workspace.id });

type Opp = { text: string; phase: string; value?: number | null; effort?: number | null; status?: string; ownerId?: string | null };

/** A stored map (document and projection, as a newly created map has) with one step per phase and these opportunities. */
async function mapWith(workspaceId: string, name: string, opportunities: Opp[], options: { archived?: boolean } = {}) {
  const doc = new Y.Doc();
  const lane = addLane(doc, "opportunities", "Opportunities");
  const steps = new Map<string, string>();
  const ids: Record<string, string> = {};
  for (const o of opportunities) {
    if (!steps.has(o.phase)) steps.set(o.phase, addStep(doc, addPhase(doc, o.phase), `${o.phase} step`));
    ids[o.text] = addCard(doc, {
      laneId: lane,
      stepId: steps.get(o.phase)!,
      kind: "opportunity",
      text: o.text,
      status: (o.status ?? "idea") as "idea",
      ownerId: o.ownerId ?? null,
      customerValue: o.value ?? null,
      effort: o.effort ?? null,
    });
  }
  const map = await buildMap(workspaceId, { name, state: Y.encodeStateAsUpdate(doc) });
  await insertProjection(getDb(), { mapId: map.id, workspaceId }, doc);
  if (options.archived) await getDb().update(journeyMaps).set({ archivedAt: new Date() }).where(eq(journeyMaps.id, map.id));
  doc.destroy();
  return { mapId: map.id, ids };
}

const names = (items: Array<{ name: string }>) => items.map((i) => i.name).sort();

describe("the opportunity matrix query", () => {
  let checkout: Awaited<ReturnType<typeof mapWith>>;
  let onboarding: Awaited<ReturnType<typeof mapWith>>;
  beforeEach(async () => {
    f = await buildTenantFixture();
    checkout = await mapWith(f.workspace.id, "Checkout", [
      { text: "Free returns", phase: "Purchase", value: 5, effort: 1, status: "planned", ownerId: f.editor.id },
      { text: "New app", phase: "Awareness", value: 4, effort: 5, status: "idea", ownerId: f.admin.id },
      { text: "Fix typo", phase: "Purchase", value: 1, effort: 1, status: "done" },
      { text: "Rebuild CMS", phase: "Awareness", value: 2, effort: 4, status: "doing", ownerId: f.editor.id },
      { text: "Chatbot", phase: "Purchase", value: 3, effort: null },
    ]);
    onboarding = await mapWith(f.workspace.id, "Onboarding", [
      // "3 and up is high" on both axes; an owner who is no member here counts as nobody.
      { text: "Welcome call", phase: " purchase ", value: 3, effort: 3, ownerId: f.foreignOwner.id },
      { text: "Guide", phase: "Use", value: 3, effort: 2 },
    ]);
    await mapWith(f.workspace.id, "Old journey", [{ text: "Archived idea", phase: "Purchase", value: 5, effort: 1 }], { archived: true });
    await mapWith(f.otherWorkspace.id, "Their map", [{ text: "Their idea", phase: "Purchase", value: 5, effort: 1, ownerId: f.foreignOwner.id }]);
  });

  it("places each opportunity in its quadrant by customer value × effort and lists the rest as not placed", async () => {
    const matrix = await getOpportunityMatrix(ctx(), {});
    const placed = Object.fromEntries(matrix.placed.map((o) => [o.name, [o.customerValue, o.effort, o.quadrant]]));
    expect(placed).toEqual({
      "Free returns": [5, 1, "quick_wins"],
      "New app": [4, 5, "big_bets"],
      "Fix typo": [1, 1, "fill_ins"],
      "Rebuild CMS": [2, 4, "money_pits"],
      "Welcome call": [3, 3, "big_bets"],
      Guide: [3, 2, "quick_wins"],
    });
    expect(matrix.unplaced).toEqual([expect.objectContaining({ name: "Chatbot", mapId: checkout.mapId, mapName: "Checkout", phaseName: "Purchase", customerValue: 3, effort: null, quadrant: null })]);
    expect(matrix.total).toBe(7);
    expect(matrix.emptiedBy).toBeNull();
    expect(matrix.placed.find((o) => o.name === "Free returns")).toMatchObject({ ownerId: f.editor.id, ownerName: f.editor.name, status: "planned", phaseName: "Purchase", mapId: checkout.mapId });
    expect(matrix.placed.find((o) => o.name === "Welcome call")).toMatchObject({ ownerId: null, ownerName: null, mapId: onboarding.mapId });
    expect(matrix.options.maps.map((m) => m.name)).toEqual(["Checkout", "Onboarding"]);
    // Phases pooled by name across maps, in their mean order on the maps.
    expect(matrix.options.phases.map((p) => p.key).sort()).toEqual(["awareness", "purchase", "use"]);
    expect(matrix.options.owners.map((o) => o.id).sort()).toEqual([f.owner.id, f.admin.id, f.editor.id, f.viewer.id].sort());
  });

  it("filters by map, phase, owner and status", async () => {
    const all = async (filters: Parameters<typeof getOpportunityMatrix>[1]) => {
      const m = await getOpportunityMatrix(ctx(), filters);
      return names([...m.placed, ...m.unplaced]);
    };
    expect(await all({ map: onboarding.mapId })).toEqual(["Guide", "Welcome call"]);
    expect(await all({ phase: "purchase" })).toEqual(["Chatbot", "Fix typo", "Free returns", "Welcome call"]);
    expect(await all({ phase: "purchase", map: checkout.mapId })).toEqual(["Chatbot", "Fix typo", "Free returns"]);
    expect(await all({ owner: f.editor.id })).toEqual(["Free returns", "Rebuild CMS"]);
    expect(await all({ owner: NO_OWNER })).toEqual(["Chatbot", "Fix typo", "Guide", "Welcome call"]);
    expect(await all({ status: "done" })).toEqual(["Fix typo"]);
    expect(await all({ status: "idea", owner: f.admin.id })).toEqual(["New app"]);
    // With a map chosen, the phases offered are that map's.
    expect((await getOpportunityMatrix(ctx(), { map: onboarding.mapId })).options.phases.map((p) => p.name)).toEqual(["purchase", "Use"]);
  });

  it("names the filter that leaves nothing", async () => {
    const empty = await getOpportunityMatrix(ctx(), { status: "done", owner: f.editor.id });
    expect([empty.placed, empty.unplaced, empty.emptiedBy]).toEqual([[], [], "owner"]);
    expect((await getOpportunityMatrix(ctx(), { status: "done", owner: f.editor.id, map: onboarding.mapId })).emptiedBy).toBe("together");
    expect((await getOpportunityMatrix(ctx(), { phase: "nowhere" })).emptiedBy).toBe("phase");
  });

  it("shows nothing of another workspace, whatever the filter names", async () => {
    const theirs = await getOpportunityMatrix({ workspaceId: f.otherWorkspace.id }, {});
    expect(names(theirs.placed)).toEqual(["Their idea"]);
    expect(theirs.options.maps.map((m) => m.name)).toEqual(["Their map"]);
    expect(theirs.options.owners.map((o) => o.id)).toEqual([f.foreignOwner.id]);
    const asked = await getOpportunityMatrix(ctx(), { map: theirs.placed[0]!.mapId });
    expect([asked.placed, asked.unplaced]).toEqual([[], []]);
    expect(names((await getOpportunityMatrix(ctx(), { owner: f.foreignOwner.id })).placed)).toEqual([]);
  });
});

describe("placing an opportunity", () => {
  let map: Awaited<ReturnType<typeof mapWith>>;
  const rowOf = async (id: string) => (await getDb().select().from(mapOpportunities).where(eq(mapOpportunities.id, id)))[0];
  beforeEach(async () => {
    f = await buildTenantFixture();
    map = await mapWith(f.workspace.id, "Checkout", [{ text: "Chatbot", phase: "Purchase", value: 3 }]);
  });

  it("sets customer value and effort in the map's document and the projection, for an editor", async () => {
    const input = { mapId: map.mapId, opportunityId: map.ids.Chatbot!, customerValue: 4, effort: 2 };
    expect(await placeOpportunity(f.editor.id, ref(), input)).toEqual({ ok: true, data: { customerValue: 4, effort: 2 } });
    expect((await storedContent(map.mapId)).cards.find((c) => c.id === map.ids.Chatbot)).toMatchObject({ customerValue: 4, effort: 2, text: "Chatbot" });
    expect(await rowOf(map.ids.Chatbot!)).toMatchObject({ customerValue: 4, effort: 2 });
    const [row] = await getDb().select({ by: journeyMaps.lastEditedById }).from(journeyMaps).where(eq(journeyMaps.id, map.mapId));
    expect(row!.by).toBe(f.editor.id);
    const matrix = await getOpportunityMatrix(ctx(), {});
    expect(matrix.placed).toEqual([expect.objectContaining({ name: "Chatbot", quadrant: "quick_wins" })]);
    // Null takes it off the matrix again.
    expect(await placeOpportunity(f.owner.id, ref(), { ...input, customerValue: null, effort: null })).toMatchObject({ ok: true });
    expect(await rowOf(map.ids.Chatbot!)).toMatchObject({ customerValue: null, effort: null });
  });

  it("refuses viewers, other workspaces, nonsense and unknown cards, changing nothing", async () => {
    const input = { mapId: map.mapId, opportunityId: map.ids.Chatbot!, customerValue: 5, effort: 5 };
    const before = [await storedContent(map.mapId), await rowOf(map.ids.Chatbot!)];
    expect(await placeOpportunity(f.viewer.id, ref(), input)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await placeOpportunity(f.outsider.id, ref(), input)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    // The other workspace's owner, in their own workspace, naming this map or card: not found.
    expect(await placeOpportunity(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, input)).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    const theirs = await mapWith(f.otherWorkspace.id, "Theirs", [{ text: "Their idea", phase: "Purchase" }]);
    expect(await placeOpportunity(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { ...input, mapId: theirs.mapId })).toMatchObject({ ok: false, error: "OPPORTUNITY_NOT_FOUND" });
    expect(await placeOpportunity(f.editor.id, ref(), { ...input, customerValue: 6 })).toMatchObject({ ok: false, fieldErrors: { customerValue: ["INVALID_SCORE"] } });
    expect(await placeOpportunity(f.editor.id, ref(), { ...input, effort: 2.5 })).toMatchObject({ ok: false, fieldErrors: { effort: ["INVALID_SCORE"] } });
    expect(await placeOpportunity(f.editor.id, ref(), { ...input, opportunityId: crypto.randomUUID() })).toMatchObject({ ok: false, error: "OPPORTUNITY_NOT_FOUND" });
    expect([await storedContent(map.mapId), await rowOf(map.ids.Chatbot!)]).toEqual(before);
  });

  describe("while the map is open", () => {
    let server: RunningCollabServer;
    let editor: TestClient;
    let viewer: TestClient;
    beforeEach(async () => {
      server = await startCollabServer({ projectionDebounceMs: 20, projectionMaxWaitMs: 50 });
      editor = connectClient({ url: server.url, mapId: map.mapId, userId: f.editor.id });
      viewer = connectClient({ url: server.url, mapId: map.mapId, userId: f.viewer.id });
      await Promise.all([editor.synced, viewer.synced]);
    });
    afterEach(async () => {
      editor.destroy();
      viewer.destroy();
      await server.close();
    });

    it("reaches every open editor at once and merges with their edits", async () => {
      const cardId = map.ids.Chatbot!;
      // An edit made in the editor, stored, then the matrix's: both survive.
      editor.doc.getMap<Y.Map<unknown>>("cards").get(cardId)!.set("text", "Chatbot on every page");
      await barrier(editor, viewer);
      await server.collab.registry.get(map.mapId)!.flush();
      expect(await placeOpportunity(f.admin.id, ref(), { mapId: map.mapId, opportunityId: cardId, customerValue: 2, effort: 5 })).toMatchObject({ ok: true });
      await waitFor(() => getCard(viewer.doc, cardId)?.effort === 5 && getCard(editor.doc, cardId)?.effort === 5);
      expect(getCard(viewer.doc, cardId)).toMatchObject({ text: "Chatbot on every page", customerValue: 2, effort: 5 });
      // The room projects what it holds: the same row, not an older one.
      await server.collab.registry.get(map.mapId)!.flush();
      expect(await rowOf(cardId)).toMatchObject({ name: "Chatbot on every page", customerValue: 2, effort: 5 });
      // Stored once: by the matrix, not again by the room.
      expect((await storedContent(map.mapId)).cards.find((c) => c.id === cardId)).toMatchObject({ text: "Chatbot on every page", customerValue: 2, effort: 5 });
    });
  });
});
