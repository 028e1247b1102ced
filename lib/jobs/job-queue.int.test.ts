import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseKind, getDb, rawSql } from "@/db/client";
import { feedbackResponses, workspaces } from "@/db/schema";
import { retentionCutoff } from "@/lib/privacy/retention";
import { buildEvidenceMap, buildResponses } from "@/lib/testing/evidence-fixtures";
import { buildWorkspace } from "@/lib/testing/factories";
import { runJobNow, startJobQueue } from "./job-queue";

describe("the job queue", () => {
  it("keeps one nightly retention schedule however many processes start it, and the job applies retention", async () => {
    // Two app processes starting at once (on PostgreSQL; the embedded database has one process by nature).
    const [a, b] = databaseKind() === "postgres" ? await Promise.all([startJobQueue(), startJobQueue()]) : [await startJobQueue(), null];
    try {
      const { rows } = await rawSql()("select name, cron from pgboss.schedule where name = 'privacy-retention'");
      expect(rows).toEqual([{ name: "privacy-retention", cron: "15 3 * * *" }]);
    } finally {
      await Promise.all([a.stop(), b?.stop()]);
    }

    const workspace = await buildWorkspace();
    const m = await buildEvidenceMap(workspace.id);
    await buildResponses({ workspaceId: workspace.id, mapId: m.map.id, touchpointId: m.touchpoint.id }, [
      { csat: 3, comment: "Old words", respondedAt: retentionCutoff(new Date(), 7) },
    ]);
    await getDb().update(workspaces).set({ retentionMonths: 6 }).where(eq(workspaces.id, workspace.id));
    await runJobNow("privacy-retention");
    const [row] = await getDb().select().from(feedbackResponses).where(eq(feedbackResponses.workspaceId, workspace.id));
    expect(row).toMatchObject({ csat: 3, comment: null });
  });
});
