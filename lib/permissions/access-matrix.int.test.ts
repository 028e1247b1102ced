import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, invitations, journeyMaps, memberships, personas, workspaces } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/action-result";
import { archiveMap, restoreMap } from "@/lib/maps/archive-map";
import { createMap } from "@/lib/maps/create-map";
import { deleteMap } from "@/lib/maps/delete-map";
import { duplicateMap } from "@/lib/maps/duplicate-map";
import { renameMap } from "@/lib/maps/rename-map";
import { setMapPersona } from "@/lib/maps/set-map-persona";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { leaveWorkspace, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { createPersona } from "@/lib/personas/create-persona";
import { deletePersona } from "@/lib/personas/delete-persona";
import { updatePersona } from "@/lib/personas/update-persona";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { actorsOf, buildTenantFixture, type ActorName, type TenantFixture } from "@/lib/testing/factories";
import { createMapAs, createPersonaAs, workspaceSnapshot } from "@/lib/testing/map-fixtures";
import { PAGE_PERMISSIONS } from "./page-permissions";
import { issueCollabTicket } from "@/lib/collab/server/collab-ticket";
import { toActionError } from "@/lib/actions/workspace-operation";
import { buildMap } from "@/lib/testing/factories";

/**
 * Every entry point of the workspace, tried as every kind of caller. "ok" means allowed;
 * otherwise the error code the caller must get, with nothing changed in the database.
 * Later routes and actions add their rows here.
 */
type Outcome = "ok" | "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN";
const REFUSED_OUTSIDE = { outsider: "NOT_FOUND", foreignOwner: "NOT_FOUND", anonymous: "UNAUTHORIZED" } as const;
const ADMIN_ONLY = { owner: "ok", admin: "ok", editor: "FORBIDDEN", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE } as const;
const ANY_MEMBER = { owner: "ok", admin: "ok", editor: "ok", viewer: "ok", ...REFUSED_OUTSIDE } as const;
const EDITORS = { owner: "ok", admin: "ok", editor: "ok", viewer: "FORBIDDEN", ...REFUSED_OUTSIDE } as const;

const PAGE_EXPECTATIONS: Record<keyof typeof PAGE_PERMISSIONS, Record<ActorName, Outcome>> = {
  maps: ANY_MEMBER,
  mapEditor: ANY_MEMBER,
  members: ANY_MEMBER,
  audit: ADMIN_ONLY,
  settings: ADMIN_ONLY,
  personas: ANY_MEMBER,
};

type Case = {
  name: string;
  expected: Record<ActorName, Outcome>;
  /** Runs the operation as `userId` against the fixture's workspace. */
  run: (f: TenantFixture, userId: string | null, prepared: string) => Promise<ActionResult<unknown>>;
  /** Rows the operation needs, created (by the owner) before the state is measured. */
  prepare?: (f: TenantFixture) => Promise<string>;
  /** A fingerprint of what the operation would change, compared before and after a refusal. */
  state: (f: TenantFixture) => Promise<unknown>;
};

const db = () => getDb();
const ref = (f: TenantFixture) => ({ slug: f.workspace.slug });
const memberRoles = async (f: TenantFixture) =>
  (await db().select({ u: memberships.userId, r: memberships.role }).from(memberships).where(eq(memberships.workspaceId, f.workspace.id)))
    .map((m) => `${m.u}:${m.r}`)
    .sort();
const openInvitations = async (f: TenantFixture) =>
  (
    await db()
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.workspaceId, f.workspace.id), isNull(invitations.revokedAt)))
  ).length;

const mapsOf = async (f: TenantFixture) =>
  (
    await db()
      .select({ id: journeyMaps.id, name: journeyMaps.name, archived: journeyMaps.archivedAt, persona: journeyMaps.personaId })
      .from(journeyMaps)
      .where(eq(journeyMaps.workspaceId, f.workspace.id))
  ).sort((a, b) => a.id.localeCompare(b.id));
const personasOf = async (f: TenantFixture) =>
  (await db().select().from(personas).where(eq(personas.workspaceId, f.workspace.id))).sort((a, b) => a.id.localeCompare(b.id));
const ownersMap = (f: TenantFixture) => createMapAs(f.owner.id, f.workspace.slug, { name: "Prepared map" });
const ownersPersona = (f: TenantFixture) => createPersonaAs(f.owner.id, f.workspace.slug, "Prepared persona");

async function createInvitation(f: TenantFixture) {
  const result = await inviteMember(f.owner.id, ref(f), { email: `pending-${crypto.randomUUID()}@example.test`, role: "viewer" });
  if (!result.ok) throw new Error(result.error);
  return result.data.invitationId;
}

const CASES: Case[] = [
  {
    name: "rename workspace",
    expected: ADMIN_ONLY,
    run: (f, u) => renameWorkspace(u, ref(f), { name: "Renamed by test" }),
    state: async (f) => (await db().select({ n: workspaces.name }).from(workspaces).where(eq(workspaces.id, f.workspace.id)))[0],
  },
  {
    name: "invite member",
    expected: ADMIN_ONLY,
    run: (f, u) => inviteMember(u, ref(f), { email: `new-${crypto.randomUUID()}@example.test`, role: "editor" }),
    state: openInvitations,
  },
  {
    name: "change a viewer's role",
    expected: ADMIN_ONLY,
    run: (f, u) => changeMemberRole(u, ref(f), { userId: f.viewer.id, role: "editor" }),
    state: memberRoles,
  },
  {
    name: "remove the editor",
    expected: ADMIN_ONLY,
    run: (f, u) => removeMember(u, ref(f), { userId: f.editor.id }),
    state: memberRoles,
  },
  {
    name: "revoke an invitation",
    expected: ADMIN_ONLY,
    prepare: createInvitation,
    run: (f, u, invitationId) => revokeInvitation(u, ref(f), { invitationId }),
    state: openInvitations,
  },
  {
    name: "leave the workspace (not the last owner)",
    expected: { ...ANY_MEMBER, owner: "ok" },
    run: async (f, u) => {
      // A second owner so the owner's own leave is legal.
      if (u === f.owner.id) await changeMemberRole(f.owner.id, ref(f), { userId: f.admin.id, role: "owner" });
      return leaveWorkspace(u, ref(f), {});
    },
    state: memberRoles,
  },
  {
    // GET /api/maps/<mapId>/collab-token; the socket's own matrix is in lib/collab/server/collab-access.int.test.ts.
    name: "collab ticket for a map",
    expected: ANY_MEMBER,
    prepare: async (f) => (await buildMap(f.workspace.id)).id,
    run: async (_f, u, mapId) => {
      try {
        return { ok: true, data: await issueCollabTicket(u ? { id: u, name: null, email: "x@example.test" } : null, mapId) };
      } catch (error) {
        return toActionError(error);
      }
    },
    state: memberRoles,
  },
  {
    name: "create a map",
    expected: EDITORS,
    run: (f, u) => createMap(u, ref(f), { name: "New map", starter: "five-phase" }),
    state: mapsOf,
  },
  {
    name: "rename a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => renameMap(u, ref(f), { mapId, name: "Renamed map" }),
    state: mapsOf,
  },
  {
    name: "duplicate a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => duplicateMap(u, ref(f), { mapId, name: "Prepared map (copy)" }),
    state: mapsOf,
  },
  {
    name: "archive a map",
    expected: EDITORS,
    prepare: ownersMap,
    run: (f, u, mapId) => archiveMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "restore a map",
    expected: EDITORS,
    prepare: async (f) => {
      const mapId = await ownersMap(f);
      await archiveMap(f.owner.id, ref(f), { mapId });
      return mapId;
    },
    run: (f, u, mapId) => restoreMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "set a map's persona",
    expected: EDITORS,
    prepare: async (f) => `${await ownersMap(f)} ${await ownersPersona(f)}`,
    run: (f, u, prepared) => {
      const [mapId, personaId] = prepared.split(" ");
      return setMapPersona(u, ref(f), { mapId, personaId });
    },
    state: mapsOf,
  },
  {
    name: "delete a map",
    expected: ADMIN_ONLY,
    prepare: ownersMap,
    run: (f, u, mapId) => deleteMap(u, ref(f), { mapId }),
    state: mapsOf,
  },
  {
    name: "create a persona",
    expected: EDITORS,
    run: (f, u) => createPersona(u, ref(f), { name: "New persona" }),
    state: personasOf,
  },
  {
    name: "edit a persona",
    expected: EDITORS,
    prepare: ownersPersona,
    run: (f, u, personaId) => updatePersona(u, ref(f), { personaId, name: "Edited persona", goals: "More" }),
    state: personasOf,
  },
  {
    name: "delete a persona",
    expected: ADMIN_ONLY,
    prepare: ownersPersona,
    run: (f, u, personaId) => deletePersona(u, ref(f), { personaId }),
    state: async (f) => ({ personas: await personasOf(f), maps: await mapsOf(f) }),
  },
];

/**
 * Ids of another workspace's map or persona, sent to this workspace's entry points by its
 * own members. Members allowed the operation get the same answer as for an id that does
 * not exist; members without the permission are refused before any lookup. Either way
 * nothing changes in either workspace.
 */
type ForeignCase = {
  name: string;
  permission: "write" | "delete";
  notFound: "MAP_NOT_FOUND" | "PERSONA_NOT_FOUND";
  run: (f: TenantFixture, userId: string, foreign: { mapId: string; personaId: string; ownMapId: string }) => Promise<ActionResult<unknown>>;
};
const FOREIGN_CASES: ForeignCase[] = [
  { name: "rename", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => renameMap(u, ref(f), { mapId: x.mapId, name: "Taken" }) },
  { name: "duplicate", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => duplicateMap(u, ref(f), { mapId: x.mapId, name: "Stolen copy" }) },
  { name: "archive", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => archiveMap(u, ref(f), { mapId: x.mapId }) },
  { name: "restore", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => restoreMap(u, ref(f), { mapId: x.mapId }) },
  { name: "delete", permission: "delete", notFound: "MAP_NOT_FOUND", run: (f, u, x) => deleteMap(u, ref(f), { mapId: x.mapId }) },
  { name: "set persona of", permission: "write", notFound: "MAP_NOT_FOUND", run: (f, u, x) => setMapPersona(u, ref(f), { mapId: x.mapId, personaId: null }) },
  {
    name: "give an own map the persona",
    permission: "write",
    notFound: "PERSONA_NOT_FOUND",
    run: (f, u, x) => setMapPersona(u, ref(f), { mapId: x.ownMapId, personaId: x.personaId }),
  },
  {
    name: "create a map with the persona",
    permission: "write",
    notFound: "PERSONA_NOT_FOUND",
    run: (f, u, x) => createMap(u, ref(f), { name: "With a foreign persona", personaId: x.personaId }),
  },
  { name: "edit", permission: "write", notFound: "PERSONA_NOT_FOUND", run: (f, u, x) => updatePersona(u, ref(f), { personaId: x.personaId, name: "Taken" }) },
  { name: "delete persona", permission: "delete", notFound: "PERSONA_NOT_FOUND", run: (f, u, x) => deletePersona(u, ref(f), { personaId: x.personaId }) },
];
const MAY: Record<ForeignCase["permission"], Record<"owner" | "admin" | "editor" | "viewer", boolean>> = {
  write: { owner: true, admin: true, editor: true, viewer: false },
  delete: { owner: true, admin: true, editor: false, viewer: false },
};

describe("another workspace's map or persona, by id", () => {
  let f: TenantFixture;
  let foreign: { mapId: string; personaId: string; ownMapId: string };
  beforeEach(async () => {
    f = await buildTenantFixture();
    const personaId = await createPersonaAs(f.foreignOwner.id, f.otherWorkspace.slug, "Their persona");
    const mapId = await createMapAs(f.foreignOwner.id, f.otherWorkspace.slug, { name: "Their map", personaId });
    await archiveMap(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { mapId });
    foreign = { mapId, personaId, ownMapId: await ownersMap(f) };
  });

  for (const c of FOREIGN_CASES) {
    for (const role of ["owner", "admin", "editor", "viewer"] as const) {
      const expected = MAY[c.permission][role] ? c.notFound : "FORBIDDEN";
      it(`${c.name} another workspace's ${c.notFound === "MAP_NOT_FOUND" ? "map" : "persona"} as ${role} → ${expected}`, async () => {
        const before = [await workspaceSnapshot(f.workspace.id), await workspaceSnapshot(f.otherWorkspace.id)];
        expect(await c.run(f, f[role].id, foreign)).toMatchObject({ ok: false, error: expected });
        expect([await workspaceSnapshot(f.workspace.id), await workspaceSnapshot(f.otherWorkspace.id)]).toEqual(before);
      });
    }
  }
});

describe("access matrix", () => {
  let f: TenantFixture;
  beforeEach(async () => {
    f = await buildTenantFixture();
  });

  for (const c of CASES) {
    describe(c.name, () => {
      for (const [actor, outcome] of Object.entries(c.expected) as Array<[ActorName, Outcome]>) {
        it(`${actor} → ${outcome}`, async () => {
          const userId = actorsOf(f)[actor];
          const prepared = c.prepare ? await c.prepare(f) : "";
          const before = await c.state(f);
          const auditBefore = await db().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
          const result = await c.run(f, userId, prepared);
          if (outcome === "ok") {
            expect(result).toMatchObject({ ok: true });
          } else {
            expect(result).toMatchObject({ ok: false, error: outcome });
            expect(await c.state(f)).toEqual(before);
            const auditAfter = await db().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.workspaceId, f.workspace.id));
            expect(auditAfter.length).toBe(auditBefore.length);
          }
        });
      }
    });
  }

  describe("pages", () => {
    for (const [page, permission] of Object.entries(PAGE_PERMISSIONS) as Array<[keyof typeof PAGE_PERMISSIONS, typeof PAGE_PERMISSIONS[keyof typeof PAGE_PERMISSIONS]]>) {
      for (const [actor, outcome] of Object.entries(PAGE_EXPECTATIONS[page]) as Array<[ActorName, Outcome]>) {
        it(`${page} page as ${actor} → ${outcome}`, async () => {
          const call = authorizeWorkspace({ userId: actorsOf(f)[actor], workspace: ref(f), permission });
          if (outcome === "ok") await expect(call).resolves.toMatchObject({ workspaceId: f.workspace.id });
          else await expect(call).rejects.toMatchObject({ code: outcome });
        });
      }
    }
  });

  it("a foreign owner naming this workspace by id is refused too", async () => {
    await expect(
      authorizeWorkspace({ userId: f.foreignOwner.id, workspace: { id: f.workspace.id }, permission: "workspace.read" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
