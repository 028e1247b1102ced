import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, invitations, memberships, workspaces } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/action-result";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { leaveWorkspace, removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { actorsOf, buildTenantFixture, type ActorName, type TenantFixture } from "@/lib/testing/factories";
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

const PAGE_EXPECTATIONS: Record<keyof typeof PAGE_PERMISSIONS, Record<ActorName, Outcome>> = {
  maps: ANY_MEMBER,
  members: ANY_MEMBER,
  audit: ADMIN_ONLY,
  settings: ADMIN_ONLY,
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
];

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
