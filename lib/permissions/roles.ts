import { ROLES } from "@/db/schema/workspaces";

export { ROLES };
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "workspace.read",
  "workspace.update",
  "members.read",
  "members.invite",
  "members.manage",
  "audit.read",
  "maps.read",
  "maps.write",
  "maps.delete",
  "comments.write",
  /** Delete anyone's comment. */
  "comments.moderate",
  "evidence.read",
  "evidence.write",
  "apikeys.manage",
  "reviews.write",
  /** Make and revoke read-only links that show a map outside the workspace. */
  "maps.share",
  /** Make and delete alert rules on the workspace's feedback and KPIs. */
  "alerts.manage",
  /** Delete the workspace or hand its ownership to someone else: owners only. */
  "workspace.delete",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ["workspace.read", "members.read", "maps.read", "evidence.read"];
const EDITOR: Permission[] = [...VIEWER, "maps.write", "comments.write", "evidence.write", "reviews.write", "maps.share", "alerts.manage"];
const ADMIN: Permission[] = [
  ...EDITOR,
  "workspace.update",
  "members.invite",
  "members.manage",
  "audit.read",
  "maps.delete",
  "comments.moderate",
  "apikeys.manage",
];

/** Roles and what they may do; the only table of its kind. */
export const ROLE_PERMISSIONS = {
  owner: [...ADMIN, "workspace.delete"],
  admin: ADMIN,
  editor: EDITOR,
  viewer: VIEWER,
} as const satisfies Record<Role, Permission[]>;

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function hasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

export function isRoleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/**
 * Whether `actor` may give `target` role to someone, or change/remove someone who holds `current`.
 * Only owners hand out or take away ownership; admins manage everyone below owner.
 */
export function canManageRole(actor: Role, target: Role, current?: Role): boolean {
  if (!hasPermission(actor, "members.manage") && !hasPermission(actor, "members.invite")) return false;
  if (actor === "owner") return true;
  return target !== "owner" && current !== "owner";
}
