import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { journeyMaps, mapDocuments, memberships, sessions, users, workspaces } from "@/db/schema";
import type { Role } from "@/lib/permissions/roles";

/** The id of the signed-in session every built user has (a row in `sessions`), for collab tokens. */
export const testSessionId = (userId: string) => `test-session-${userId}`;

/** Test data builders: real rows in the real database, unique per call. */
export async function buildUser(overrides: { email?: string; name?: string; passwordHash?: string } = {}) {
  const id = randomUUID();
  const [user] = await getDb()
    .insert(users)
    .values({
      id,
      email: overrides.email ?? `user-${id}@example.test`,
      name: overrides.name ?? `User ${id.slice(0, 6)}`,
      passwordHash: overrides.passwordHash ?? null,
    })
    .returning();
  await getDb()
    .insert(sessions)
    .values({ sessionToken: testSessionId(id), userId: id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) });
  return { ...user!, sessionId: testSessionId(id) };
}

export async function buildWorkspace(overrides: { name?: string } = {}) {
  const id = randomUUID();
  const [workspace] = await getDb()
    .insert(workspaces)
    .values({ name: overrides.name ?? `Workspace ${id.slice(0, 6)}`, slug: `ws-${id}` })
    .returning();
  return workspace!;
}

export async function buildMember(workspaceId: string, role: Role) {
  const user = await buildUser();
  await getDb().insert(memberships).values({ workspaceId, userId: user.id, role });
  return user;
}

/** A journey map row; with `state`, also its stored Yjs document (as a created map has). */
export async function buildMap(workspaceId: string, overrides: { name?: string; state?: Uint8Array } = {}) {
  const [map] = await getDb()
    .insert(journeyMaps)
    .values({ workspaceId, name: overrides.name ?? `Map ${randomUUID().slice(0, 6)}` })
    .returning();
  if (overrides.state) await getDb().insert(mapDocuments).values({ mapId: map!.id, workspaceId, state: overrides.state });
  return map!;
}

/** A workspace with one member of each role, and a second workspace with its own owner. */
export async function buildTenantFixture() {
  const workspace = await buildWorkspace();
  const owner = await buildMember(workspace.id, "owner");
  const admin = await buildMember(workspace.id, "admin");
  const editor = await buildMember(workspace.id, "editor");
  const viewer = await buildMember(workspace.id, "viewer");
  const outsider = await buildUser();
  const otherWorkspace = await buildWorkspace();
  const foreignOwner = await buildMember(otherWorkspace.id, "owner");
  return { workspace, owner, admin, editor, viewer, outsider, otherWorkspace, foreignOwner };
}
export type TenantFixture = Awaited<ReturnType<typeof buildTenantFixture>>;

/** Everyone a matrix test should try, with the user id each acts as. */
export function actorsOf(f: TenantFixture) {
  return {
    owner: f.owner.id,
    admin: f.admin.id,
    editor: f.editor.id,
    viewer: f.viewer.id,
    outsider: f.outsider.id,
    foreignOwner: f.foreignOwner.id,
    anonymous: null,
  } as const;
}
export type ActorName = keyof ReturnType<typeof actorsOf>;
