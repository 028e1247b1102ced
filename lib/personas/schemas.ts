import { z } from "zod";
import { PERSONA_COLORS } from "./persona-avatar";

const ZLongText = z.preprocess((v) => v ?? "", z.string().trim().max(2000, "TOO_LONG"));

export const ZPersonaFields = z.object({
  name: z.string("REQUIRED").trim().min(1, "REQUIRED").max(80, "TOO_LONG"),
  description: ZLongText,
  goals: ZLongText,
  needs: ZLongText,
  frustrations: ZLongText,
  // Only the palette: its colours are the ones checked for readable white initials.
  color: z.preprocess((v) => (typeof v === "string" ? v.toLowerCase() : (v ?? PERSONA_COLORS[0])), z.enum(PERSONA_COLORS, "INVALID_COLOUR")),
});
export type TPersonaFields = z.infer<typeof ZPersonaFields>;

export const ZPersonaId = z.uuid("PERSONA_NOT_FOUND");
export const ZCreatePersonaInput = ZPersonaFields;
export const ZUpdatePersonaInput = ZPersonaFields.extend({ personaId: ZPersonaId });
export const ZDeletePersonaInput = z.object({ personaId: ZPersonaId });
