import { z } from "zod";
import { API_KEY_ACCESS } from "@/db/schema/evidence";

export const ZCreateApiKeyInput = z.object({
  name: z.string("REQUIRED").trim().min(1, "REQUIRED").max(80, "TOO_LONG"),
  access: z.enum(API_KEY_ACCESS, "INVALID_ACCESS").default("write"),
});
export const ZRevokeApiKeyInput = z.object({ keyId: z.uuid("API_KEY_NOT_FOUND") });
