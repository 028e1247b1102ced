import "server-only";
import { Readable, type Writable } from "node:stream";
import { ZipArchive } from "archiver";
import { asc, eq, getTableColumns } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  workspaceFormLogos,
  auditEvents,
  feedbackResponses,
  journeyMaps,
  kpis,
  kpiValues,
  mapComments,
  mapReviews,
  mapSnapshots,
  memberships,
  personas,
  reviewActions,
  users,
  workspaces,
} from "@/db/schema";
import { feedbackCsvChunks } from "@/lib/evidence/export/feedback-export";
import { exportMapFile } from "@/lib/map-files/export-map";
import { toMapFile } from "@/lib/map-files/map-file";
import { contentOfState } from "@/lib/snapshots/map-state";
import type { WorkspaceContext } from "./authorize-workspace";

const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));
export const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 60) || "untitled";

/**
 * Everything of a workspace as one zip: its settings, members, personas, every map (the
 * same JSON files as a single map's export, which import back), snapshots, comments,
 * KPIs with values, reviews with actions, the audit log, and all feedback as one CSV.
 * Written to `output` as it is produced; the feedback is read page by page, so a
 * workspace with a million responses streams through a few megabytes of memory. API keys
 * and password data are never included.
 */
export async function writeWorkspaceArchive(
  ctx: WorkspaceContext,
  output: Writable,
  options: { onResponses?: (written: number) => Promise<void> | void } = {},
): Promise<{ bytes: number }> {
  const db = getDb();
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    output.once("finish", resolve).once("close", resolve).once("error", reject);
    zip.once("error", reject);
  });
  // Awaited at the end; an early failure (the browser cancelled) must not go unhandled meanwhile.
  done.catch(() => undefined);
  // A cancelled download stops the work too, the database paging included.
  output.once("close", () => {
    if (!output.writableFinished) zip.abort();
  });
  zip.pipe(output);
  const w = ctx.workspaceId;

  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, w));
  zip.append(json({ ...workspace, exportedAt: new Date().toISOString(), format: "journeyboard-workspace-export/1" }), { name: "workspace.json" });
  const [logo] = await db.select().from(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, w));
  if (logo) zip.append(Buffer.from(logo.data), { name: `public-form-logo.${logo.contentType.split("/")[1]}` });
  zip.append(
    json(
      await db
        .select({ name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, w))
        .orderBy(asc(users.email)),
    ),
    { name: "members.json" },
  );
  zip.append(json(await db.select().from(personas).where(eq(personas.workspaceId, w))), { name: "personas.json" });

  const maps = await db.select({ id: journeyMaps.id, name: journeyMaps.name, archivedAt: journeyMaps.archivedAt }).from(journeyMaps).where(eq(journeyMaps.workspaceId, w)).orderBy(asc(journeyMaps.name));
  zip.append(json(maps), { name: "maps/index.json" });
  for (const map of maps) {
    zip.append(json(await exportMapFile(ctx, map.id)), { name: `maps/${safeName(map.name)}-${map.id.slice(0, 8)}.journeyboard.json` });
  }
  const { state: _state, ...snapshotColumns } = getTableColumns(mapSnapshots);
  const snapshots = await db.select(snapshotColumns).from(mapSnapshots).where(eq(mapSnapshots.workspaceId, w));
  zip.append(json(snapshots), { name: "snapshots/index.json" });
  for (const snapshot of snapshots) {
    const [row] = await db.select({ state: mapSnapshots.state }).from(mapSnapshots).where(eq(mapSnapshots.id, snapshot.id));
    if (row) zip.append(json(toMapFile(snapshot.name, contentOfState(row.state), snapshot.createdAt)), { name: `snapshots/${safeName(snapshot.name)}-${snapshot.id.slice(0, 8)}.journeyboard.json` });
  }
  zip.append(json(await db.select().from(mapComments).where(eq(mapComments.workspaceId, w))), { name: "comments.json" });
  zip.append(json({ kpis: await db.select().from(kpis).where(eq(kpis.workspaceId, w)), values: await db.select().from(kpiValues).where(eq(kpiValues.workspaceId, w)) }), { name: "kpis.json" });
  zip.append(json({ reviews: await db.select().from(mapReviews).where(eq(mapReviews.workspaceId, w)), actions: await db.select().from(reviewActions).where(eq(reviewActions.workspaceId, w)) }), { name: "reviews.json" });
  zip.append(json(await db.select().from(auditEvents).where(eq(auditEvents.workspaceId, w)).orderBy(asc(auditEvents.createdAt))), { name: "audit-log.json" });
  zip.append(Readable.from(feedbackCsvChunks([eq(feedbackResponses.workspaceId, w)], options.onResponses)), { name: "feedback.csv" });

  await zip.finalize();
  await done;
  return { bytes: zip.pointer() };
}
