import { inflateSync } from "node:zlib";

// WinAnsi 0x80–0x9F ("" where undefined); the rest is Latin-1. Node's TextDecoder
// treats "windows-1252" as Latin-1, so these are mapped by hand.
const WIN_ANSI_80 = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";
const winAnsi = (bytes: Buffer) =>
  [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80[b - 0x80]!.replace("\u0000", "") : String.fromCharCode(b))).join("");

/**
 * The text drawn in a PDF made by react-pdf with the standard fonts, one string per
 * text-showing operator (a line, or a table cell): content streams inflated, the hex
 * strings of TJ/Tj decoded from WinAnsi. Enough to check what a document says without
 * a PDF library; not a general PDF parser.
 */
export function pdfTextContent(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString("latin1");
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    // The end-of-line before "endstream" may be "\r\n" or a lone "\n" after data that itself
    // ends in "\r" (compressed bytes can): try both, or a page goes missing now and then.
    const data = m[1]!;
    const content = inflateOrNull(data.endsWith("\r") ? data.slice(0, -1) : data) ?? (data.endsWith("\r") ? inflateOrNull(data) : null);
    if (content === null) continue; // not a deflated content stream (fonts, images)
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join("") : op[2]!;
      lines.push(winAnsi(Buffer.from(hex, "hex")));
    }
  }
  return lines;
}

function inflateOrNull(data: string): string | null {
  try {
    return inflateSync(Buffer.from(data, "latin1")).toString("latin1");
  } catch {
    return null;
  }
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Uint8Array): number {
  return [...Buffer.from(pdf).toString("latin1").matchAll(/\/Type\s*\/Page\b/g)].length;
}
