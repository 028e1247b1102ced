import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapShareLinks, workspaces } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/config/env";
import { type Dashboard, loadDashboard } from "@/lib/dashboards/load-dashboard";
import { AppError } from "@/lib/errors/app-error";
import type { MapContent } from "@/lib/journey/map-document";
import { getLimiter, tryConsume } from "@/lib/rate-limit/limiter";
import { contentOfState, loadMapState } from "@/lib/snapshots/map-state";
import { ZUnlockShareLinkInput } from "./schemas";

/** Views of one link from one address per minute; password attempts per quarter hour. */
const VIEWS_PER_MINUTE = 60;
const PASSWORD_TRIES = 10;
/** How long a correct password keeps the link open in that browser. */
export const UNLOCK_SECONDS = 12 * 60 * 60;
/** At most one "share link used" audit entry per link per hour, so views do not flood the log. */
const AUDIT_EVERY = sql.raw("interval '1 hour'");

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The link when it works now: not revoked, not expired, its map not archived. */
async function findLiveLink(token: string) {
  if (!TOKEN.test(token)) return null;
  const [row] = await getDb()
    .select({
      id: mapShareLinks.id,
      workspaceId: mapShareLinks.workspaceId,
      mapId: mapShareLinks.mapId,
      includeDashboard: mapShareLinks.includeDashboard,
      passwordHash: mapShareLinks.passwordHash,
      mapName: journeyMaps.name,
      timeZone: workspaces.timeZone,
      workspaceName: workspaces.name,
    })
    .from(mapShareLinks)
    .innerJoin(journeyMaps, and(eq(journeyMaps.id, mapShareLinks.mapId), eq(journeyMaps.workspaceId, mapShareLinks.workspaceId), isNull(journeyMaps.archivedAt)))
    .innerJoin(workspaces, eq(workspaces.id, mapShareLinks.workspaceId))
    .where(and(eq(mapShareLinks.token, token), isNull(mapShareLinks.revokedAt), or(isNull(mapShareLinks.expiresAt), gt(mapShareLinks.expiresAt, sql`now()`))))
    .limit(1);
  return row ?? null;
}

/*
 * After the right password the browser keeps a cookie for this link: its expiry and an
 * HMAC of the link id and that expiry under the app's secret. Revoking the link ends it
 * too, since the link must still be live.
 */
const unlockMac = (linkId: string, until: number) => createHmac("sha256", getEnv().AUTH_SECRET).update(`share-unlock.${linkId}.${until}`).digest("base64url");

function unlockCookieFor(linkId: string, now = Date.now()): string {
  const until = Math.floor(now / 1000) + UNLOCK_SECONDS;
  return `${until}.${unlockMac(linkId, until)}`;
}

function isUnlocked(linkId: string, cookie: string | undefined, now = Date.now()): boolean {
  const [untilText, mac] = (cookie ?? "").split(".");
  const until = Number(untilText);
  if (!mac || !Number.isInteger(until) || until * 1000 <= now) return false;
  const expected = Buffer.from(unlockMac(linkId, until));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** What a visitor sees: the map's cards without anyone's name (opportunity owners are left out). */
function withoutNames(content: MapContent): MapContent {
  return { ...content, cards: content.cards.map(({ owner: _owner, ownerId: _ownerId, ...card }) => card) };
}

export type SharedMapView =
  | { state: "gone" }
  | { state: "limited" }
  | { state: "locked" }
  | { state: "open"; mapName: string; workspaceName: string; content: MapContent; dashboard: Dashboard | null; timeZone: string };

/**
 * Opens a share link for a visitor outside the workspace. Counts the view, and records
 * the use in the workspace's audit log (at most hourly per link).
 */
export async function openSharedMap(args: { token: string; ip: string; unlockCookie?: string }): Promise<SharedMapView> {
  const link = await findLiveLink(args.token);
  if (!link) return { state: "gone" };
  if (!(await tryConsume(getLimiter("share-link-view", VIEWS_PER_MINUTE, 60), `${link.id}:${args.ip}`))) return { state: "limited" };
  if (link.passwordHash && !isUnlocked(link.id, args.unlockCookie)) return { state: "locked" };

  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ auditDue: sql<boolean>`${mapShareLinks.lastViewedAt} is null or ${mapShareLinks.lastViewedAt} < now() - ${AUDIT_EVERY}` })
      .from(mapShareLinks)
      .where(eq(mapShareLinks.id, link.id))
      .for("update");
    const [counted] = await tx
      .update(mapShareLinks)
      .set({ viewCount: sql`${mapShareLinks.viewCount} + 1`, lastViewedAt: sql`now()` })
      .where(eq(mapShareLinks.id, link.id))
      .returning({ views: mapShareLinks.viewCount });
    if (before?.auditDue) {
      await recordAuditEvent(tx, {
        workspaceId: link.workspaceId,
        actorId: null,
        action: "share_link.used",
        details: { name: link.mapName, count: String(counted!.views) },
      });
    }
  });
  const content = withoutNames(contentOfState(await loadMapState(link.mapId)));
  const dashboard = link.includeDashboard ? await loadDashboard({ workspaceId: link.workspaceId }, { mapId: link.mapId }, "month") : null;
  return { state: "open", mapName: link.mapName, workspaceName: link.workspaceName, content, dashboard, timeZone: link.timeZone };
}

/** The cookie that keeps a password-protected link open in one browser (scoped to the link's path). */
export const SHARE_UNLOCK_COOKIE = "jb-share-unlock";

/** Checks a share link's password; the cookie value to keep when it is right. */
export async function unlockSharedMap(args: { token: string; ip: string; input: unknown }): Promise<{ cookie: string; path: string }> {
  const { password } = parseInput(ZUnlockShareLinkInput, args.input);
  const link = await findLiveLink(args.token);
  if (!link) throw new AppError("NOT_FOUND", "SHARE_LINK_GONE");
  if (!(await tryConsume(getLimiter("share-link-password", PASSWORD_TRIES, 15 * 60), `${link.id}:${args.ip}`))) throw new AppError("RATE_LIMITED");
  if (!link.passwordHash || !(await verifyPassword(link.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "WRONG_SHARE_PASSWORD", { password: ["WRONG_SHARE_PASSWORD"] });
  }
  return { cookie: unlockCookieFor(link.id), path: `/s/${args.token}` };
}
