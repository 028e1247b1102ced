import "server-only";
import { and, asc, count, eq, isNull, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journeyMaps, mapOpportunities, mapPhases, memberships, users } from "@/db/schema";
import { type OpportunityQuadrant, type OpportunityStatus, OPPORTUNITY_STATUSES, quadrantOf } from "@/lib/journey/map-vocabulary";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { NO_OWNER, OPPORTUNITY_FILTER_KEYS, type OpportunityFilterKey, type OpportunityFilters } from "./schemas";

export type MatrixOpportunity = {
  id: string;
  mapId: string;
  mapName: string;
  name: string;
  phaseName: string | null;
  /** A member's id; null when nobody (or someone no longer a member) owns it. */
  ownerId: string | null;
  ownerName: string | null;
  status: OpportunityStatus;
  customerValue: number | null;
  effort: number | null;
  quadrant: OpportunityQuadrant | null;
};

export type OpportunityMatrix = {
  /** Opportunities with both scores, in the matrix. */
  placed: MatrixOpportunity[];
  /** Those still without customer value or effort: "Not placed yet". */
  unplaced: MatrixOpportunity[];
  options: { maps: Array<{ id: string; name: string }>; phases: Array<{ key: string; name: string }>; owners: Array<{ id: string; name: string }> };
  /** Opportunities on the workspace's live maps before any filter: an empty workspace is not an empty filter. */
  total: number;
  /** When filters leave nothing: the one filter that, taken away alone, brings opportunities back; "together" when only several do. */
  emptiedBy: OpportunityFilterKey | "together" | null;
};

const phaseKey = sql<string>`lower(trim(${mapPhases.name}))`;
const ownerName = sql<string | null>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`;

/** The filters as a WHERE over map_opportunities joined to its map, phase and owner's membership. */
function selection(ctx: Pick<WorkspaceContext, "workspaceId">, filters: OpportunityFilters): SQL | undefined {
  const where: SQL[] = [eq(mapOpportunities.workspaceId, ctx.workspaceId), isNull(mapOpportunities.deletedAt)];
  if (filters.map) where.push(eq(mapOpportunities.mapId, filters.map));
  if (filters.phase) where.push(sql`${phaseKey} = ${filters.phase}`);
  if (filters.owner) where.push(filters.owner === NO_OWNER ? isNull(memberships.userId) : eq(memberships.userId, filters.owner));
  if (filters.status) where.push(eq(mapOpportunities.status, filters.status));
  return and(...where);
}

// Every join repeats the workspace: a row of another tenant that happens to share an id never matches.
const liveMap = (workspaceId: string) =>
  and(eq(journeyMaps.id, mapOpportunities.mapId), eq(journeyMaps.workspaceId, workspaceId), isNull(journeyMaps.archivedAt));
const phaseOf = (workspaceId: string) =>
  and(eq(mapPhases.id, mapOpportunities.phaseId), eq(mapPhases.mapId, mapOpportunities.mapId), eq(mapPhases.workspaceId, workspaceId));
const ownerMembership = (workspaceId: string) => and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, mapOpportunities.ownerId));

async function countOpportunities(ctx: Pick<WorkspaceContext, "workspaceId">, filters: OpportunityFilters): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(mapOpportunities)
    .innerJoin(journeyMaps, liveMap(ctx.workspaceId))
    .leftJoin(mapPhases, phaseOf(ctx.workspaceId))
    .leftJoin(memberships, ownerMembership(ctx.workspaceId))
    .where(selection(ctx, filters));
  return Number(row?.n ?? 0);
}

/**
 * The opportunity matrix of a workspace: every opportunity card on its live maps (from the
 * map_opportunities projection), placed by customer value × effort or listed as not placed
 * yet, filtered by map, phase (by name, pooled across maps), owner (a member, or nobody)
 * and status; with the choices each filter offers. Four small queries, and one count per
 * active filter only when the filters leave nothing.
 */
export async function getOpportunityMatrix(ctx: Pick<WorkspaceContext, "workspaceId">, filters: OpportunityFilters): Promise<OpportunityMatrix> {
  const db = getDb();
  const [rows, maps, phases, owners, total] = await Promise.all([
    db
      .select({
        id: mapOpportunities.id,
        mapId: mapOpportunities.mapId,
        mapName: journeyMaps.name,
        name: mapOpportunities.name,
        phaseName: mapPhases.name,
        ownerId: memberships.userId,
        ownerName,
        status: mapOpportunities.status,
        customerValue: mapOpportunities.customerValue,
        effort: mapOpportunities.effort,
      })
      .from(mapOpportunities)
      .innerJoin(journeyMaps, liveMap(ctx.workspaceId))
      .leftJoin(mapPhases, phaseOf(ctx.workspaceId))
      .leftJoin(memberships, ownerMembership(ctx.workspaceId))
      .leftJoin(users, eq(users.id, memberships.userId))
      .where(selection(ctx, filters))
      .orderBy(asc(journeyMaps.name), asc(journeyMaps.id), asc(mapOpportunities.position)),
    db
      .select({ id: journeyMaps.id, name: journeyMaps.name })
      .from(journeyMaps)
      .where(and(eq(journeyMaps.workspaceId, ctx.workspaceId), isNull(journeyMaps.archivedAt)))
      .orderBy(asc(journeyMaps.name)),
    db
      .select({ key: phaseKey, name: sql<string>`min(trim(${mapPhases.name}))`, rank: sql<number>`avg(${mapPhases.position})` })
      .from(mapPhases)
      .innerJoin(journeyMaps, and(eq(journeyMaps.id, mapPhases.mapId), eq(journeyMaps.workspaceId, ctx.workspaceId), isNull(journeyMaps.archivedAt)))
      .where(and(eq(mapPhases.workspaceId, ctx.workspaceId), isNull(mapPhases.deletedAt), filters.map ? eq(mapPhases.mapId, filters.map) : undefined))
      .groupBy(phaseKey)
      .orderBy(sql`avg(${mapPhases.position})`, phaseKey),
    db
      .select({ id: users.id, name: ownerName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.workspaceId, ctx.workspaceId))
      .orderBy(asc(ownerName)),
    countOpportunities(ctx, {}),
  ]);
  const items: MatrixOpportunity[] = rows.map((r) => {
    const status = OPPORTUNITY_STATUSES.find((s) => s === r.status) ?? "idea";
    return { ...r, status, quadrant: quadrantOf(r.customerValue, r.effort) };
  });
  return {
    placed: items.filter((i) => i.quadrant !== null),
    unplaced: items.filter((i) => i.quadrant === null),
    options: { maps, phases: phases.filter((p) => p.key !== "").map(({ key, name }) => ({ key, name })), owners: owners.map((o) => ({ id: o.id, name: o.name ?? o.id })) },
    total,
    emptiedBy: items.length === 0 && total > 0 ? await whichFilterEmptied(ctx, filters) : null,
  };
}

async function whichFilterEmptied(ctx: Pick<WorkspaceContext, "workspaceId">, filters: OpportunityFilters): Promise<OpportunityFilterKey | "together" | null> {
  const active = OPPORTUNITY_FILTER_KEYS.filter((key) => filters[key]);
  if (active.length === 0) return null;
  for (const key of active) if ((await countOpportunities(ctx, { ...filters, [key]: undefined })) > 0) return key;
  return "together";
}
