import { describe, expect, it } from "vitest";
import { PERSONA_COLORS, personaInitials } from "./persona-avatar";

describe("persona initials", () => {
  it("takes the first and last word", () => {
    expect(personaInitials("Anna de Vries")).toBe("AV");
    expect(personaInitials("  karel  ")).toBe("KA");
    expect(personaInitials("Émile Zola")).toBe("ÉZ");
    expect(personaInitials("")).toBe("?");
  });
});

describe("persona colours", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it.each(PERSONA_COLORS)("%s keeps white initials readable", (hex) => {
    expect((1 + 0.05) / (luminance(hex) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
