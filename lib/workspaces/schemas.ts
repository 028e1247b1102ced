import { z } from "zod";

export const ZWorkspaceName = z.string().trim().min(2, "TOO_SHORT").max(60, "TOO_LONG");

export const ZCreateWorkspaceInput = z.object({ name: ZWorkspaceName });
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZRenameWorkspaceInput = z.object({ name: ZWorkspaceName });
