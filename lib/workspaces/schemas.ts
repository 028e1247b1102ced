import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { isSupportedTimeZone } from "./time-zones";

export const ZWorkspaceName = z.string().trim().min(2, "TOO_SHORT").max(60, "TOO_LONG");

export const ZCreateWorkspaceInput = z.object({ name: ZWorkspaceName });
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZRenameWorkspaceInput = z.object({ name: ZWorkspaceName });

/** The workspace's language (its public feedback forms) and time zone (its days, months and quarters). */
export const ZWorkspaceRegionInput = z.object({
  locale: z.enum(LOCALES, "INVALID_LOCALE"),
  timeZone: z.string("INVALID_TIME_ZONE").trim().refine(isSupportedTimeZone, "INVALID_TIME_ZONE"),
});
export type TWorkspaceRegionInput = z.infer<typeof ZWorkspaceRegionInput>;

export const ZTransferOwnershipInput = z.object({ userId: z.string().min(1).max(100) });
/** Deleting asks for the workspace's name, typed, so a slip of the mouse deletes nothing. */
export const ZDeleteWorkspaceInput = z.object({ confirmName: z.string().trim().max(100) });
