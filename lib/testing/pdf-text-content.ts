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
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue; // not a deflated content stream (fonts, images)
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join("") : op[2]!;
      lines.push(winAnsi(Buffer.from(hex, "hex")));
    }
  }
  return lines;
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Uint8Array): number {
  return [...Buffer.from(pdf).toString("latin1").matchAll(/\/Type\s*\/Page\b/g)].length;
}
