import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getDb } from "@/db/client";
import { mapOpportunities, notifications } from "@/db/schema";
import { addCard, addLane, addPhase, addStep, getCard, updateCard } from "@/lib/journey/map-document";
import { notifyOverdueOpportunities } from "@/lib/notifications/action-notifications";
import { getReview } from "@/lib/reviews/get-review";
import { listMyWork } from "@/lib/reviews/my-work";
import { addActionFromOpportunity, listOpportunityActions } from "@/lib/reviews/review-actions";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { assignOpportunityOwners } from "./assign-opportunity-owners";
import { barrier, connectClient, startCollabServer, type RunningCollabServer, type TestClient } from "./test-harness";

let f: TenantFixture;
let mapId: string;
let server: RunningCollabServer;
let editor: TestClient;
let watcher: TestClient;
const ref = () => ({ slug: f.workspace.slug });
const ctxOf = (userId: string) => authorizeWorkspace({ userId, workspace: ref(), permission: "workspace.read" });
const settle = async () => {
  await barrier(editor, watcher);
  await server.collab.registry.get(mapId)!.flush();
};
const toldOf = async (userId: string) =>
  (await getDb().select({ kind: notifications.kind, cardId: notifications.cardId }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.mapId, mapId)))).map((n) => n.kind);

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id, { name: "Checkout" })).id;
  server = await startCollabServer({ projectionDebounceMs: 10_000, projectionMaxWaitMs: 10_000 });
  editor = connectClient({ url: server.url, mapId, userId: f.editor.id });
  watcher = connectClient({ url: server.url, mapId, userId: f.viewer.id });
  await Promise.all([editor.synced, watcher.synced]);
});
afterEach(async () => {
  editor.destroy();
  watcher.destroy();
  await server.close();
});

function opportunity(doc: Y.Doc, fields: Record<string, unknown>) {
  const phase = addPhase(doc, "Pay");
  const step = addStep(doc, phase, "Checkout");
  const lane = addLane(doc, "opportunities", "Opportunities");
  return addCard(doc, { laneId: lane, stepId: step, kind: "opportunity", text: "Show shipping early", status: "planned", ...fields });
}

describe("opportunity owners are members", () => {
  it("projects the card, tells a newly picked owner once, and lists it in their My work", async () => {
    const cardId = opportunity(editor.doc, { ownerId: f.admin.id, dueDate: "2030-01-31" });
    await settle();
    const [row] = await getDb().select().from(mapOpportunities).where(eq(mapOpportunities.id, cardId));
    expect(row).toMatchObject({ mapId, workspaceId: f.workspace.id, name: "Show shipping early", ownerId: f.admin.id, status: "planned", dueDate: "2030-01-31" });
    expect(await toldOf(f.admin.id)).toEqual(["opportunity_assigned"]);

    updateCard(editor.doc, cardId, { text: "Show shipping costs early" });
    await settle();
    expect(await toldOf(f.admin.id)).toEqual(["opportunity_assigned"]);
    updateCard(editor.doc, cardId, { ownerId: f.viewer.id });
    await settle();
    expect(await toldOf(f.viewer.id)).toEqual(["opportunity_assigned"]);
    // The editor picking themselves tells nobody; a stranger's id in the document tells nobody either.
    updateCard(editor.doc, cardId, { ownerId: f.editor.id });
    await settle();
    updateCard(editor.doc, cardId, { ownerId: f.foreignOwner.id });
    await settle();
    expect(await toldOf(f.editor.id)).toEqual([]);
    expect(await toldOf(f.foreignOwner.id)).toEqual([]);

    updateCard(editor.doc, cardId, { ownerId: f.viewer.id });
    await settle();
    const work = await listMyWork(await ctxOf(f.viewer.id));
    expect(work).toEqual([expect.objectContaining({ type: "opportunity", id: cardId, title: "Show shipping costs early", mapName: "Checkout" })]);
    expect(await listMyWork(await ctxOf(f.admin.id))).toEqual([]);
  });

  it("tells the owner once when an open opportunity's due date has passed", async () => {
    const cardId = opportunity(editor.doc, { ownerId: f.viewer.id, dueDate: "2020-01-31" });
    await settle();
    await notifyOverdueOpportunities();
    await notifyOverdueOpportunities();
    expect(await toldOf(f.viewer.id)).toEqual(["opportunity_assigned", "opportunity_due"]);
    updateCard(editor.doc, cardId, { dueDate: "2020-02-28" });
    await settle();
    await notifyOverdueOpportunities();
    expect((await toldOf(f.viewer.id)).filter((k) => k === "opportunity_due")).toHaveLength(2);
  });

  it("makes a review action from the card, linked both ways", async () => {
    const cardId = opportunity(editor.doc, { ownerId: f.admin.id });
    await settle();
    const made = await addActionFromOpportunity(f.editor.id, ref(), { mapId, opportunityId: cardId, title: "Show shipping early", ownerId: f.admin.id, dueDate: "" });
    expect(made).toMatchObject({ ok: true });
    const quarter = made.ok ? made.data.quarter : "";
    expect(await listOpportunityActions(f.viewer.id, ref(), { mapId, opportunityId: cardId })).toMatchObject({ ok: true, data: [{ title: "Show shipping early", status: "planned", quarter, ownerName: f.admin.name }] });
    const review = await getReview({ workspaceId: f.workspace.id }, mapId, quarter);
    expect(review.actions[0]).toMatchObject({ opportunityId: cardId, opportunityName: "Show shipping early" });
    expect(await addActionFromOpportunity(f.viewer.id, ref(), { mapId, opportunityId: cardId, title: "x" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await listOpportunityActions(f.foreignOwner.id, ref(), { mapId, opportunityId: cardId })).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

describe("free-text owners from before", () => {
  it("become the member whose name or e-mail they are; others stay as text", async () => {
    const doc = new Y.Doc();
    const a = opportunity(doc, { owner: ` ${f.admin.name!.toUpperCase()} ` });
    const b = addCard(doc, { ...getCard(doc, a)!, owner: f.viewer.email, id: undefined });
    const c = addCard(doc, { ...getCard(doc, a)!, owner: "Web team", id: undefined });
    const d = addCard(doc, { ...getCard(doc, a)!, owner: f.foreignOwner.email, id: undefined });
    expect(await assignOpportunityOwners({ workspaceId: f.workspace.id, doc })).toEqual(new Map([[a, f.admin.id], [b, f.viewer.id]]));
    expect(getCard(doc, a)).toMatchObject({ ownerId: f.admin.id, owner: "" });
    expect(getCard(doc, b)).toMatchObject({ ownerId: f.viewer.id, owner: "" });
    expect(getCard(doc, c)).toMatchObject({ owner: "Web team" });
    expect(getCard(doc, c)!.ownerId).toBeUndefined();
    expect(getCard(doc, d)).toMatchObject({ owner: f.foreignOwner.email });
  });

  it("are matched when the map loads, and the matched owner is not told it was 'assigned' by the next editor", async () => {
    const doc = new Y.Doc();
    const cardId = opportunity(doc, { owner: f.admin.email });
    const legacyMap = (await buildMap(f.workspace.id, { name: "Legacy", state: Y.encodeStateAsUpdate(doc) })).id;
    const client = connectClient({ url: server.url, mapId: legacyMap, userId: f.editor.id });
    const other = connectClient({ url: server.url, mapId: legacyMap, userId: f.viewer.id });
    await Promise.all([client.synced, other.synced]);
    await expect.poll(() => getCard(client.doc, cardId)?.ownerId, { timeout: 5000 }).toBe(f.admin.id);
    updateCard(client.doc, cardId, { text: "Edited right after opening" });
    await barrier(client, other);
    await server.collab.registry.get(legacyMap)!.flush();
    const [row] = await getDb().select().from(mapOpportunities).where(eq(mapOpportunities.id, cardId));
    expect(row).toMatchObject({ ownerId: f.admin.id, name: "Edited right after opening" });
    const told = await getDb().select().from(notifications).where(and(eq(notifications.userId, f.admin.id), eq(notifications.mapId, legacyMap)));
    expect(told).toEqual([]);
    client.destroy();
    other.destroy();
  });
});

