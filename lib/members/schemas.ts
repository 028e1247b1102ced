import { z } from "zod";
import { ROLES } from "@/lib/permissions/roles";

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email("INVALID_EMAIL")).pipe(z.string().max(254));
export const ZRole = z.enum(ROLES, "INVALID_ROLE");

export const ZInviteMemberInput = z.object({ email: ZEmail, role: ZRole });
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeMemberRoleInput = z.object({ userId: z.string().min(1).max(100), role: ZRole });
export const ZRemoveMemberInput = z.object({ userId: z.string().min(1).max(100) });
export const ZRevokeInvitationInput = z.object({ invitationId: z.uuid() });
export const ZLeaveWorkspaceInput = z.object({});
