import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { listMembers } from "@/lib/members/list-members";
import { getPersonaOrThrow } from "@/lib/personas/get-persona";
import { listPersonas } from "@/lib/personas/list-personas";
import { hasPermission } from "@/lib/permissions/roles";
import type { WorkspaceContext } from "@/lib/workspaces/authorize-workspace";

const ZMapId = z.uuid();

/**
 * What the editor page needs, all within the caller's workspace: the map (NOT_FOUND when
 * it belongs to another workspace or the id is no map id), whether the role may edit
 * the map and its evidence (forms, KPIs), the members one can @mention, and the persona
 * the map is for (shown in its header).
 */
export async function loadMapEditor(ctx: WorkspaceContext, mapId: string) {
  if (!ZMapId.safeParse(mapId).success) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
  const [map, members, personas] = await Promise.all([getMapOrThrow({ workspaceId: ctx.workspaceId, mapId }), listMembers(ctx), listPersonas(ctx)]);
  const persona = map.personaId ? await getPersonaOrThrow({ workspaceId: ctx.workspaceId, personaId: map.personaId }).catch(() => null) : null;
  return {
    map: { id: map.id, name: map.name, archived: map.archivedAt !== null },
    canEdit: hasPermission(ctx.role, "maps.write"),
    canWriteEvidence: hasPermission(ctx.role, "evidence.write"),
    canComment: hasPermission(ctx.role, "comments.write"),
    canModerateComments: hasPermission(ctx.role, "comments.moderate"),
    members: members.map((m) => ({ userId: m.userId, name: m.name?.trim() || m.email })),
    personas: personas.map((p) => ({ id: p.id, name: p.name, color: p.color })),
    persona: persona && {
      name: persona.name,
      color: persona.color,
      description: persona.description,
      goals: persona.goals,
      needs: persona.needs,
      frustrations: persona.frustrations,
    },
  };
}
