import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, mapReviews, reviewActions } from "@/db/schema";
import { buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs } from "@/lib/testing/map-fixtures";
import { getReview } from "./get-review";
import { addReviewAction, deleteReviewAction, updateReviewAction } from "./review-actions";
import { saveReviewNotes } from "./review-notes";
import { getReviewReminder, quarterBefore } from "./review-reminder";

let f: TenantFixture;
let mapId: string;
const ref = () => ({ slug: f.workspace.slug });
const ctx = () => ({ workspaceId: f.workspace.id });

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = await createMapAs(f.owner.id, f.workspace.slug, { name: "Journey" });
});

describe("quarterly review", () => {
  it("keeps notes and actions per quarter, and lists open actions of earlier reviews at the next", async () => {
    expect((await saveReviewNotes(f.editor.id, ref(), { mapId, quarter: "2026-Q1", notes: "Checkout hurts." })).ok).toBe(true);
    const fix = await addReviewAction(f.editor.id, ref(), { mapId, quarter: "2026-Q1", title: "Fix checkout", owner: "Web team", status: "planned", dueDate: "2026-05-01" });
    const done = await addReviewAction(f.editor.id, ref(), { mapId, quarter: "2026-Q1", title: "Call back", status: "done" });
    expect(fix.ok && done.ok).toBe(true);
    await addReviewAction(f.editor.id, ref(), { mapId, quarter: "2026-Q2", title: "New idea" });

    const q1 = await getReview(ctx(), mapId, "2026-Q1");
    expect(q1.review?.notes).toBe("Checkout hurts.");
    expect(q1.actions.map((a) => [a.title, a.status, a.dueDate])).toEqual([
      ["Fix checkout", "planned", "2026-05-01"],
      ["Call back", "done", null],
    ]);
    const q2 = await getReview(ctx(), mapId, "2026-Q2");
    expect(q2.review?.notes).toBe("");
    expect(q2.openEarlier.map((a) => [a.title, a.quarter])).toEqual([["Fix checkout", "2026-Q1"]]);
    expect(q2.reviewedQuarters).toEqual(["2026-Q2", "2026-Q1"]);

    // Followed up at the next review: done, it is no longer open.
    const actionId = fix.ok ? fix.data.actionId : "";
    expect((await updateReviewAction(f.editor.id, ref(), { mapId, actionId, title: "Fix checkout", status: "done" })).ok).toBe(true);
    expect((await getReview(ctx(), mapId, "2026-Q3")).openEarlier.map((a) => a.title)).toEqual(["New idea"]);
    expect((await deleteReviewAction(f.editor.id, ref(), { mapId, actionId })).ok).toBe(true);
    expect(await getDb().select().from(reviewActions).where(eq(reviewActions.id, actionId))).toEqual([]);
  });

  it("refuses viewers, bad input and other workspaces' ids", async () => {
    expect(await saveReviewNotes(f.viewer.id, ref(), { mapId, quarter: "2026-Q1", notes: "x" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await saveReviewNotes(f.editor.id, ref(), { mapId, quarter: "2026-Q5", notes: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { quarter: ["INVALID_QUARTER"] },
    });
    expect(await addReviewAction(f.editor.id, ref(), { mapId, quarter: "2026-Q1", title: " ", dueDate: "31-12-2026" })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["REQUIRED"], dueDate: ["INVALID_DATE"] },
    });
    const theirMap = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Theirs" });
    expect(await saveReviewNotes(f.editor.id, ref(), { mapId: theirMap, quarter: "2026-Q1", notes: "x" })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    const theirs = await addReviewAction(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { mapId: theirMap, quarter: "2026-Q1", title: "Theirs" });
    const theirAction = theirs.ok ? theirs.data.actionId : "";
    expect(await updateReviewAction(f.owner.id, ref(), { mapId: theirMap, actionId: theirAction, title: "Taken", status: "done" })).toMatchObject({
      ok: false,
      error: "ACTION_NOT_FOUND",
    });
    expect(await deleteReviewAction(f.owner.id, ref(), { mapId, actionId: theirAction })).toMatchObject({ ok: false, error: "ACTION_NOT_FOUND" });
    expect(await getDb().select({ t: reviewActions.title, s: reviewActions.status }).from(reviewActions).where(eq(reviewActions.id, theirAction))).toEqual([
      { t: "Theirs", s: "idea" },
    ]);
  });
});

describe("review reminder", () => {
  const setCreated = (table: typeof journeyMaps | typeof mapReviews, id: string, at: Date) =>
    getDb().update(table).set({ createdAt: at }).where(eq(table.id, id));
  const now = new Date("2026-08-15T12:00:00Z");

  it("is due after more than a quarter without a review, counting a new map from its creation", async () => {
    await setCreated(journeyMaps, mapId, new Date("2026-06-01T00:00:00Z"));
    expect(await getReviewReminder({ workspaceId: f.workspace.id, mapId }, now)).toMatchObject({ due: false, lastReviewedAt: null });
    await setCreated(journeyMaps, mapId, new Date("2026-05-01T00:00:00Z"));
    expect(await getReviewReminder({ workspaceId: f.workspace.id, mapId }, now)).toMatchObject({ due: true, lastQuarter: null });

    await saveReviewNotes(f.editor.id, ref(), { mapId, quarter: "2026-Q1", notes: "" });
    const [review] = await getDb().select({ id: mapReviews.id }).from(mapReviews).where(eq(mapReviews.mapId, mapId));
    await setCreated(mapReviews, review!.id, new Date("2026-05-20T00:00:00Z"));
    expect(await getReviewReminder({ workspaceId: f.workspace.id, mapId }, now)).toMatchObject({ due: false, lastQuarter: "2026-Q1" });
    expect(await getReviewReminder({ workspaceId: f.workspace.id, mapId }, new Date("2026-08-21T00:00:00Z"))).toMatchObject({ due: true });
    expect(await getReviewReminder({ workspaceId: f.otherWorkspace.id, mapId }, now)).toBeNull();
  });

  it("counts three calendar months back", () => {
    expect(quarterBefore(new Date("2026-08-15T12:00:00Z")).toISOString()).toBe("2026-05-15T12:00:00.000Z");
  });
});
