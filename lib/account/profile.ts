import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/actions/parse-input";
import { LOCALES } from "@/lib/i18n/locales";
import { PERSONA_COLORS } from "@/lib/personas/persona-avatar";

export const ZProfileInput = z.object({
  name: z.string("REQUIRED").trim().min(1, "REQUIRED").max(100, "TOO_LONG"),
  avatarColour: z.enum(PERSONA_COLORS, "INVALID_COLOUR"),
  locale: z.enum(LOCALES, "INVALID_LOCALE"),
});

export type Profile = { name: string | null; email: string; avatarColour: string | null; locale: string | null; hasPassword: boolean };

export async function loadProfile(userId: string): Promise<Profile | null> {
  const [row] = await getDb()
    .select({ name: users.name, email: users.email, avatarColour: users.avatarColour, locale: users.locale, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: Boolean(passwordHash) };
}

/** Name, avatar colour and language of the signed-in user. */
export async function updateProfile(userId: string, raw: unknown): Promise<z.output<typeof ZProfileInput>> {
  const input = parseInput(ZProfileInput, raw);
  await getDb().update(users).set(input).where(eq(users.id, userId));
  return input;
}

/** The avatar colour shown for a user: their choice, else one picked steadily from the id. */
export function avatarColourOf(user: { id: string; avatarColour: string | null }): string {
  if (user.avatarColour && (PERSONA_COLORS as readonly string[]).includes(user.avatarColour)) return user.avatarColour;
  let hash = 0;
  for (const ch of user.id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PERSONA_COLORS[hash % PERSONA_COLORS.length]!;
}
