import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mapShareLinks, users } from "@/db/schema";
import { trustedBaseUrl } from "@/lib/account/trusted-base-url";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { dayIn } from "@/lib/dashboards/quarters";
import { AppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { ZCreateShareLinkInput, ZRevokeShareLinkInput } from "./schemas";

export type ShareLinkStatus = "live" | "expired" | "revoked";

export type ShareLinkView = {
  id: string;
  url: string;
  includeDashboard: boolean;
  hasPassword: boolean;
  expiresAt: string | null;
  createdAt: string;
  createdByName: string | null;
  status: ShareLinkStatus;
  viewCount: number;
  lastViewedAt: string | null;
};

export const shareLinkPath = (token: string) => `/s/${token}`;

/** The map's share links, newest first, for members who may share (the page checks maps.share). */
export async function listShareLinks(ctx: WorkspaceContext, mapId: string): Promise<ShareLinkView[]> {
  const rows = await getDb()
    .select({
      id: mapShareLinks.id,
      token: mapShareLinks.token,
      includeDashboard: mapShareLinks.includeDashboard,
      hasPassword: sql<boolean>`${mapShareLinks.passwordHash} is not null`,
      expiresAt: mapShareLinks.expiresAt,
      createdAt: mapShareLinks.createdAt,
      createdByName: sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
      revokedAt: mapShareLinks.revokedAt,
      viewCount: mapShareLinks.viewCount,
      lastViewedAt: mapShareLinks.lastViewedAt,
    })
    .from(mapShareLinks)
    .leftJoin(users, eq(users.id, mapShareLinks.createdById))
    .where(and(eq(mapShareLinks.workspaceId, ctx.workspaceId), eq(mapShareLinks.mapId, mapId)))
    .orderBy(desc(mapShareLinks.createdAt));
  const now = Date.now();
  const base = trustedBaseUrl();
  return rows.map((r) => ({
    id: r.id,
    url: `${base}${shareLinkPath(r.token)}`,
    includeDashboard: r.includeDashboard,
    hasPassword: r.hasPassword,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    status: r.revokedAt ? "revoked" : r.expiresAt && r.expiresAt.getTime() <= now ? "expired" : "live",
    viewCount: r.viewCount,
    lastViewedAt: r.lastViewedAt?.toISOString() ?? null,
  }));
}

/** Makes a read-only link to the map; it works until revoked, or through `expiresOn` in the workspace's time zone. */
export const createShareLink = workspaceOperation({
  permission: "maps.share",
  input: ZCreateShareLinkInput,
  handler: async (ctx, input) => {
    const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    if (input.expiresOn && input.expiresOn < dayIn(new Date(), ctx.workspace.timeZone)) {
      throw new AppError("INVALID_INPUT", "EXPIRY_IN_PAST", { expiresOn: ["EXPIRY_IN_PAST"] });
    }
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const token = randomBytes(24).toString("base64url");
    const id = await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(mapShareLinks)
        .values({
          workspaceId: ctx.workspaceId,
          mapId: map.id,
          token,
          includeDashboard: input.includeDashboard,
          passwordHash,
          // The start of the day after the last day, in the workspace's time zone.
          expiresAt: input.expiresOn ? sql`((${input.expiresOn}::date + 1)::timestamp at time zone ${ctx.workspace.timeZone})` : null,
          createdById: ctx.userId,
        })
        .returning({ id: mapShareLinks.id });
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "share_link.created", details: { name: map.name } });
      return row!.id;
    });
    return { linkId: id, url: `${trustedBaseUrl()}${shareLinkPath(token)}` };
  },
});

export const revokeShareLink = workspaceOperation({
  permission: "maps.share",
  input: ZRevokeShareLinkInput,
  handler: async (ctx, input) => {
    const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: input.mapId });
    await getDb().transaction(async (tx) => {
      const [row] = await tx
        .update(mapShareLinks)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(mapShareLinks.id, input.linkId), eq(mapShareLinks.workspaceId, ctx.workspaceId), eq(mapShareLinks.mapId, map.id), isNull(mapShareLinks.revokedAt)))
        .returning({ id: mapShareLinks.id });
      if (!row) throw new AppError("NOT_FOUND", "SHARE_LINK_NOT_FOUND");
      await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "share_link.revoked", details: { name: map.name } });
    });
    return { revoked: input.linkId };
  },
});
