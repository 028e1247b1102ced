import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { workspaceExportChunks } from "@/db/schema";
import { startJobQueue } from "@/lib/jobs/job-queue";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildTenantFixture } from "@/lib/testing/factories";
import { authorizeWorkspace } from "./authorize-workspace";
import { latestWorkspaceExport, requestWorkspaceExport, workspaceExportDownload } from "./workspace-exports";

let queue: Awaited<ReturnType<typeof startJobQueue>>;
beforeAll(async () => {
  queue = await startJobQueue();
});
afterAll(() => queue.stop());

describe("the workspace archive, made in the background", () => {
  it("is asked for by an owner, made by the job queue with its progress, and downloaded by owners only", async () => {
    const f = await buildTenantFixture();
    const m = await buildEvidenceMap(f.workspace.id);
    await buildResponses({ workspaceId: f.workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, Array.from({ length: 12_000 }, (_, i) => ({ csat: (i % 5) + 1 })));
    const ref = { slug: f.workspace.slug };
    expect(await requestWorkspaceExport(f.admin.id, ref, {})).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const asked = await requestWorkspaceExport(f.owner.id, ref, {});
    if (!asked.ok) throw new Error(asked.error);
    // Asking again while it is being made returns the same one.
    expect(await requestWorkspaceExport(f.owner.id, ref, {})).toEqual({ ok: true, data: { exportId: asked.data.exportId } });

    const ctx = await authorizeWorkspace({ userId: f.owner.id, workspace: ref, permission: "workspace.delete" });
    let latest = await latestWorkspaceExport(ctx);
    for (let i = 0; i < 300 && latest?.status !== "done" && latest?.status !== "failed"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      latest = await latestWorkspaceExport(ctx);
    }
    expect(latest).toMatchObject({ id: asked.data.exportId, status: "done", responsesTotal: 12_000, responsesWritten: 12_000 });
    expect(latest!.bytes).toBeGreaterThan(0);

    const res = await workspaceExportDownload({ userId: f.owner.id, slug: f.workspace.slug, exportId: asked.data.exportId });
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(latest!.bytes);
    expect(body.subarray(0, 2).toString()).toBe("PK");
    for (const [userId, status] of [[f.admin.id, 403], [f.foreignOwner.id, 404], [null, 401]] as const) {
      expect((await workspaceExportDownload({ userId, slug: f.workspace.slug, exportId: asked.data.exportId })).status).toBe(status);
    }
    // Another workspace's owner naming this export from their own workspace finds nothing.
    expect((await workspaceExportDownload({ userId: f.foreignOwner.id, slug: f.otherWorkspace.slug, exportId: asked.data.exportId })).status).toBe(404);

    // A newer archive replaces the older one.
    const again = await requestWorkspaceExport(f.owner.id, ref, {});
    if (!again.ok) throw new Error(again.error);
    for (let i = 0; i < 300 && (await latestWorkspaceExport(ctx))?.status !== "done"; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await getDb().select().from(workspaceExportChunks).where(eq(workspaceExportChunks.exportId, asked.data.exportId))).toEqual([]);
  });
});
