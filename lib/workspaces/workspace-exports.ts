import "server-only";
import { Writable } from "node:stream";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { feedbackResponses, workspaceExportChunks, workspaceExports, workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { errorResponse } from "@/lib/api/error-response";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { authorizeWorkspace, type WorkspaceContext } from "./authorize-workspace";
import { safeName, writeWorkspaceArchive } from "./export-workspace";
import { logger } from "@/lib/observability/logger";

const CHUNK_BYTES = 1024 * 1024;

export type WorkspaceExportStatus = {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  responsesTotal: number;
  responsesWritten: number;
  bytes: number;
  createdAt: Date;
  finishedAt: Date | null;
};

const statusColumns = {
  id: workspaceExports.id,
  status: workspaceExports.status,
  responsesTotal: workspaceExports.responsesTotal,
  responsesWritten: workspaceExports.responsesWritten,
  bytes: workspaceExports.bytes,
  createdAt: workspaceExports.createdAt,
  finishedAt: workspaceExports.finishedAt,
};

export async function latestWorkspaceExport(ctx: WorkspaceContext): Promise<WorkspaceExportStatus | null> {
  const [row] = await getDb().select(statusColumns).from(workspaceExports).where(eq(workspaceExports.workspaceId, ctx.workspaceId)).orderBy(desc(workspaceExports.createdAt)).limit(1);
  return row ?? null;
}

/**
 * An owner asks for the archive; it is made by the job queue in the background (one at a
 * time per workspace: asking again while one runs returns that one). Audited.
 */
export const requestWorkspaceExport = workspaceOperation({
  permission: "workspace.delete",
  input: z.object({}),
  handler: async (ctx) => {
    const running = await getDb()
      .select({ id: workspaceExports.id })
      .from(workspaceExports)
      .where(and(eq(workspaceExports.workspaceId, ctx.workspaceId), inArray(workspaceExports.status, ["queued", "running"])))
      .limit(1);
    if (running[0]) return { exportId: running[0].id };
    const total = await getDb().$count(feedbackResponses, eq(feedbackResponses.workspaceId, ctx.workspaceId));
    const exportId = await getDb().transaction(async (tx) => {
      const [row] = await tx.insert(workspaceExports).values({ workspaceId: ctx.workspaceId, requestedById: ctx.userId, responsesTotal: total }).returning({ id: workspaceExports.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "workspace.exported" });
      return row!.id;
    });
    try {
      await enqueueJob("workspace-export", { exportId });
    } catch (error) {
      logger.error({ err: error }, "workspace export failed");
      await getDb().update(workspaceExports).set({ status: "failed", finishedAt: new Date() }).where(eq(workspaceExports.id, exportId));
      throw new AppError("CONFLICT", "EXPORT_UNAVAILABLE");
    }
    return { exportId };
  },
});

/** A Writable that stores what it is given as numbered chunks of about a megabyte. */
function chunkWriter(exportId: string) {
  let pending: Buffer[] = [];
  let size = 0;
  let seq = 0;
  const flush = async () => {
    if (size === 0) return;
    const data = Buffer.concat(pending);
    pending = [];
    size = 0;
    await getDb().insert(workspaceExportChunks).values({ exportId, seq: seq++, data });
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending.push(chunk);
      size += chunk.length;
      if (size < CHUNK_BYTES) return callback();
      flush().then(() => callback(), callback);
    },
    final(callback) {
      flush().then(() => callback(), callback);
    },
  });
}

/**
 * The job: writes the archive into the database chunk by chunk, with the progress (responses
 * written) saved after every page, then keeps only this newest finished export.
 */
export async function runWorkspaceExport(exportId: string): Promise<void> {
  const db = getDb();
  const [row] = await db
    .select({ export: workspaceExports, workspace: workspaces })
    .from(workspaceExports)
    .innerJoin(workspaces, eq(workspaces.id, workspaceExports.workspaceId))
    .where(eq(workspaceExports.id, exportId));
  if (!row || row.export.status === "done") return;
  const { workspace } = row;
  const ctx: WorkspaceContext = {
    userId: row.export.requestedById ?? "",
    workspaceId: workspace.id,
    role: "owner",
    workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug, locale: workspace.locale, timeZone: workspace.timeZone },
  };
  // A retried job starts over.
  await db.delete(workspaceExportChunks).where(eq(workspaceExportChunks.exportId, exportId));
  await db.update(workspaceExports).set({ status: "running", responsesWritten: 0 }).where(eq(workspaceExports.id, exportId));
  try {
    const { bytes } = await writeWorkspaceArchive(ctx, chunkWriter(exportId), {
      onResponses: async (written) => {
        await db.update(workspaceExports).set({ responsesWritten: written }).where(eq(workspaceExports.id, exportId));
      },
    });
    await db.update(workspaceExports).set({ status: "done", bytes, finishedAt: new Date() }).where(eq(workspaceExports.id, exportId));
    await db.delete(workspaceExports).where(and(eq(workspaceExports.workspaceId, workspace.id), ne(workspaceExports.id, exportId), inArray(workspaceExports.status, ["done", "failed"])));
  } catch (error) {
    await db.delete(workspaceExportChunks).where(eq(workspaceExportChunks.exportId, exportId));
    await db.update(workspaceExports).set({ status: "failed", finishedAt: new Date() }).where(eq(workspaceExports.id, exportId));
    throw error;
  }
}

/** GET /w/<slug>/settings/export/<exportId> — a finished archive, streamed chunk by chunk, for owners. */
export async function workspaceExportDownload(args: { userId: string | null; slug: string; exportId: string }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "workspace.delete" });
    const [row] = await getDb()
      .select(statusColumns)
      .from(workspaceExports)
      .where(and(eq(workspaceExports.id, args.exportId), eq(workspaceExports.workspaceId, ctx.workspaceId), eq(workspaceExports.status, "done")));
    if (!row) throw new AppError("NOT_FOUND", "EXPORT_NOT_FOUND");
    let seq = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const [chunk] = await getDb()
          .select({ data: workspaceExportChunks.data })
          .from(workspaceExportChunks)
          .where(and(eq(workspaceExportChunks.exportId, row.id), eq(workspaceExportChunks.seq, seq++)));
        if (chunk) controller.enqueue(chunk.data);
        else controller.close();
      },
    });
    const date = row.createdAt.toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Length": String(row.bytes),
        "Content-Disposition": `attachment; filename="workspace-${safeName(ctx.workspace.slug)}-${date}.zip"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
