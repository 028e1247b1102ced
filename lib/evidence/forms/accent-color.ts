/**
 * A workspace's accent colour for its public forms, "#rrggbb", and the text colour that
 * stays readable on it. Pure, so the settings preview and the form agree.
 */
export const ACCENT_COLOR = /^#[0-9a-f]{6}$/;

/** "#ABC" and "#aabbcc" alike become "#aabbcc"; anything else is null. */
export function normaliseAccentColor(value: string): string | null {
  const v = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  const full = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : v;
  return ACCENT_COLOR.test(full) ? full : null;
}

/** WCAG 2 relative luminance of "#rrggbb". */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const LIGHT_TEXT = "#ffffff";
// Pure black and white: for any colour one of them reaches at least √21 ≈ 4.58:1.
const DARK_TEXT = "#000000";

/**
 * White or black, whichever contrasts more with the accent: one of the two always
 * reaches 4.5:1 (WCAG AA for text), so any accent the admin picks keeps buttons readable.
 */
export function accentForeground(accent: string): string {
  return contrastRatio(accent, LIGHT_TEXT) >= contrastRatio(accent, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}
