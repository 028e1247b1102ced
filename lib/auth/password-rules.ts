import { z } from "zod";

/** What a new password must be, at sign-up and when changed. */
export const ZNewPassword = z.string("REQUIRED").min(10, "PASSWORD_TOO_SHORT").max(200, "TOO_LONG");
