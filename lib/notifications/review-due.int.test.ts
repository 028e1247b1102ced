import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journeyMaps, notifications } from "@/db/schema";
import { removeMember } from "@/lib/members/remove-member";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { followMap, notifyReviewsDue } from "./review-due";

let f: TenantFixture;
const ref = () => ({ slug: f.workspace.slug });
const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 86_400_000);
const told = async (userId: string, mapId: string) =>
  (await getDb().select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.mapId, mapId), eq(notifications.kind, "review_due")))).length;

beforeEach(async () => {
  f = await buildTenantFixture();
});

describe("a map due for its quarterly review", () => {
  it("tells its maker and its followers once per overdue spell, and not former members", async () => {
    const map = await buildMap(f.workspace.id, { name: "Old journey" });
    const fresh = await buildMap(f.workspace.id, { name: "New journey" });
    await getDb().update(journeyMaps).set({ createdById: f.editor.id, createdAt: monthsAgo(5) }).where(eq(journeyMaps.id, map.id));
    await getDb().update(journeyMaps).set({ createdById: f.editor.id }).where(eq(journeyMaps.id, fresh.id));
    expect(await followMap(f.viewer.id, ref(), { mapId: map.id, follow: true })).toMatchObject({ ok: true, data: { following: true } });
    expect(await followMap(f.admin.id, ref(), { mapId: map.id, follow: true })).toMatchObject({ ok: true });
    expect(await followMap(f.foreignOwner.id, ref(), { mapId: map.id, follow: true })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    await removeMember(f.owner.id, ref(), { userId: f.admin.id });

    await notifyReviewsDue();
    await notifyReviewsDue();
    expect(await told(f.editor.id, map.id)).toBe(1);
    expect(await told(f.viewer.id, map.id)).toBe(1);
    expect(await told(f.admin.id, map.id)).toBe(0);
    expect(await told(f.editor.id, fresh.id)).toBe(0);

    // A review starts the count anew: nothing until it is overdue again.
    await saveReviewNotes(f.editor.id, ref(), { mapId: map.id, quarter: "2026-Q4", notes: "Reviewed" });
    await notifyReviewsDue();
    expect(await told(f.editor.id, map.id)).toBe(1);
    expect(await followMap(f.viewer.id, ref(), { mapId: map.id, follow: false })).toMatchObject({ ok: true, data: { following: false } });
  });
});
