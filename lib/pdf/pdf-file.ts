import "server-only";

/** A name as part of an ASCII file name: accents dropped, anything else a dash. */
function asciiPart(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 60);
}

function unicodePart(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "").slice(0, 60);
}

/**
 * The download's file name from its parts (map name, quarter, "review"): a plain ASCII
 * `filename` every browser understands, and the name as written in `filename*`.
 */
export function pdfContentDisposition(parts: string[], fallback: string): string {
  const join = (clean: (s: string) => string) => parts.map(clean).filter(Boolean).join("-") || fallback;
  return `attachment; filename="${join(asciiPart)}.pdf"; filename*=UTF-8''${encodeURIComponent(`${join(unicodePart)}.pdf`)}`;
}

export function pdfResponse(pdf: Uint8Array, disposition: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": disposition,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": "no-store",
    },
  });
}
