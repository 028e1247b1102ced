import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, rawSql } from "@/db/client";
import { notifications, reviewActions } from "@/db/schema";
import { listInbox, openNotification } from "@/lib/notifications/inbox";
import { notifyOverdueActions } from "@/lib/notifications/action-notifications";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { getReview } from "./get-review";
import { listMyActions, listMyWork } from "./my-work";
import { addReviewAction, updateReviewAction } from "./review-actions";

let f: TenantFixture;
let mapId: string;
const ref = () => ({ slug: f.workspace.slug });
const ctxOf = (userId: string) => authorizeWorkspace({ userId, workspace: ref(), permission: "workspace.read" });

async function action(input: Record<string, unknown>) {
  const result = await addReviewAction(f.owner.id, ref(), { mapId, quarter: "2026-Q4", title: "Show prices early", ...input });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.actionId;
}
const kindsOf = async (userId: string) => (await listInbox(await ctxOf(userId))).map((n) => n.kind);

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id, { name: "Checkout" })).id;
});

describe("review actions are owned by members", () => {
  it("takes an owner from the members only, tells them, and lists the action in their My work", async () => {
    expect(await addReviewAction(f.owner.id, ref(), { mapId, quarter: "2026-Q4", title: "x", ownerId: f.foreignOwner.id })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["OWNER_NOT_MEMBER"] },
    });
    const id = await action({ ownerId: f.editor.id, dueDate: "2026-12-20" });
    const review = await getReview({ workspaceId: f.workspace.id }, mapId, "2026-Q4");
    expect(review.actions[0]).toMatchObject({ ownerId: f.editor.id, ownerName: f.editor.name, legacyOwner: "" });
    expect(await kindsOf(f.editor.id)).toEqual(["action_assigned"]);
    const [n] = await listInbox(await ctxOf(f.editor.id));
    expect(await openNotification(await ctxOf(f.editor.id), n!.id)).toBe(`/w/${f.workspace.slug}/maps/${mapId}/review?quarter=2026-Q4#action-${id}`);

    const mine = await listMyActions(await ctxOf(f.editor.id));
    expect(mine).toEqual([expect.objectContaining({ id, title: "Show prices early", mapName: "Checkout", quarter: "2026-Q4", dueDate: "2026-12-20" })]);
    expect(await listMyActions(await ctxOf(f.admin.id))).toEqual([]);

    // A status change keeps the owner and tells nobody; a new owner is told.
    await updateReviewAction(f.owner.id, ref(), { mapId, actionId: id, title: "Show prices early", status: "doing", dueDate: "2026-12-20" });
    expect((await getReview({ workspaceId: f.workspace.id }, mapId, "2026-Q4")).actions[0]!.ownerId).toBe(f.editor.id);
    await updateReviewAction(f.owner.id, ref(), { mapId, actionId: id, title: "Show prices early", status: "doing", dueDate: "2026-12-20", ownerId: f.admin.id });
    expect(await kindsOf(f.admin.id)).toEqual(["action_assigned"]);
    expect(await kindsOf(f.editor.id)).toEqual(["action_assigned"]);
    // Picking oneself tells nobody; done actions leave My work.
    await updateReviewAction(f.admin.id, ref(), { mapId, actionId: id, title: "Show prices early", status: "done", dueDate: null, ownerId: f.admin.id });
    expect(await listMyActions(await ctxOf(f.admin.id))).toEqual([]);
  });

  it("tells the owner once when the due date has passed, again only after a new due date", async () => {
    const id = await action({ ownerId: f.editor.id, dueDate: "2020-01-10" });
    await action({ ownerId: f.editor.id, dueDate: "2999-01-10", title: "Later" });
    await action({ dueDate: "2020-01-10", title: "Nobody's" });
    await notifyOverdueActions();
    await notifyOverdueActions();
    const due = await getDb().select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, f.editor.id), eq(notifications.kind, "action_due")));
    expect(due).toHaveLength(1);
    await updateReviewAction(f.owner.id, ref(), { mapId, actionId: id, title: "Show prices early", status: "doing", dueDate: "2020-02-01" });
    await notifyOverdueActions();
    expect(await kindsOf(f.editor.id)).toEqual(["action_due", "action_due", "action_assigned", "action_assigned"]);
  });

  it("keeps old free-text owners: matched to a member by name or e-mail by the migration, else shown as unassigned", async () => {
    const byName = await action({});
    const byEmail = await action({ title: "Second" });
    const unmatched = await action({ title: "Third" });
    const foreign = await action({ title: "Fourth" });
    const set = (id: string, owner: string) => getDb().update(reviewActions).set({ owner, ownerId: null }).where(eq(reviewActions.id, id));
    await set(byName, ` ${f.editor.name!.toUpperCase()} `);
    await set(byEmail, f.viewer.email);
    await set(unmatched, "Web team");
    await set(foreign, f.foreignOwner.email);
    // The data step of the migration that introduced owners, run again on these rows.
    const sqlText = readFileSync(path.resolve("db/migrations/0017_review_action_owners.sql"), "utf8").split("--> statement-breakpoint").at(-1)!;
    await rawSql()(sqlText);
    const rows = await getDb().select({ id: reviewActions.id, ownerId: reviewActions.ownerId, owner: reviewActions.owner }).from(reviewActions).where(eq(reviewActions.mapId, mapId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(byName)).toMatchObject({ ownerId: f.editor.id, owner: "" });
    expect(byId.get(byEmail)).toMatchObject({ ownerId: f.viewer.id, owner: "" });
    expect(byId.get(unmatched)).toMatchObject({ ownerId: null, owner: "Web team" });
    expect(byId.get(foreign)).toMatchObject({ ownerId: null, owner: f.foreignOwner.email });
    const review = await getReview({ workspaceId: f.workspace.id }, mapId, "2026-Q4");
    expect(review.actions.find((a) => a.id === unmatched)).toMatchObject({ ownerName: null, legacyOwner: "Web team" });
  });
});
