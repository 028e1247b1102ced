/**
 * Colours offered for a persona's initials avatar; each keeps white initials readable
 * (contrast ≥ 4.5:1).
 */
export const PERSONA_COLORS = ["#4338ca", "#0e7490", "#15803d", "#b45309", "#b91c1c", "#7e22ce", "#be185d", "#334155"] as const;

/** A workspace should keep 1–4 focused personas (PRODUCT.md); beyond this the UI warns. */
export const PERSONA_SOFT_LIMIT = 4;

/** Up to two initials: first and last word, so "Anna de Vries" is "AV". */
export function personaInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0], [...words.at(-1)!][0]];
  return letters.join("").toUpperCase();
}
