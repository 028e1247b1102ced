/**
 * What a public form's logo may be. PNG, JPEG and WebP only, recognised by their first
 * bytes (the file name and the browser's type are the uploader's claim, not the content).
 * SVG is refused rather than sanitised: it is a document that can carry script and
 * external references, and a sanitiser that misses one case serves it from our origin.
 */
export const FORM_LOGO_MAX_BYTES = 256 * 1024;
export const FORM_LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type FormLogoType = (typeof FORM_LOGO_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The image type of `bytes` by its signature, or null for anything else (SVG, GIF, HTML, …). */
export function sniffLogoType(bytes: Uint8Array): FormLogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}
