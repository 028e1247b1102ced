import { z } from "zod";
import { ZMapId } from "@/lib/maps/schemas";

/** Shortest password a share link may have. */
export const SHARE_PASSWORD_MIN = 8;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** A form's checkbox: "on" when ticked, absent when not; JSON callers send a boolean. */
const ZCheckbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const ZCreateShareLinkInput = z.object({
  mapId: ZMapId,
  includeDashboard: ZCheckbox.default(false),
  password: z.preprocess(blankToUndefined, z.string().min(SHARE_PASSWORD_MIN, "PASSWORD_TOO_SHORT").max(200, "TOO_LONG").optional()),
  /** The last day the link works ("YYYY-MM-DD", in the workspace's time zone); none: until revoked. */
  expiresOn: z.preprocess(blankToUndefined, z.iso.date("INVALID_DATE").optional()),
});
export type TCreateShareLinkInput = z.output<typeof ZCreateShareLinkInput>;

export const ZRevokeShareLinkInput = z.object({ mapId: ZMapId, linkId: z.uuid("SHARE_LINK_NOT_FOUND") });

export const ZUnlockShareLinkInput = z.object({ password: z.string("REQUIRED").min(1, "REQUIRED").max(200, "TOO_LONG") });
