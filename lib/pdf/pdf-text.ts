/**
 * Text as the PDF's built-in Helvetica can draw it. The standard fonts are encoded in
 * WinAnsi (Latin-1 plus a few typographic marks), which covers English and Dutch
 * (ë, é, ï, “ ”, –, —, €); anything else would come out as a wrong glyph, not as an
 * error. So the marks our own messages and Intl use get their plain equivalents,
 * accented letters beyond Latin-1 lose the accent (ő → o), and what is left (emoji,
 * other scripts) becomes "?" — visibly missing rather than silently wrong.
 */

/** Code points 0x80–0x9F of WinAnsi, which differ from Latin-1. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const PLAIN: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
  "\u2009": " ",
  "\u202f": "\u00a0",
  "\u2007": " ",
  "\u200b": "",
  "\t": " ",
};

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

function plainChar(char: string): string {
  if (isWinAnsi(char)) return char;
  if (char in PLAIN) return PLAIN[char]!;
  const stripped = char.normalize("NFKD").replace(/\p{M}/gu, "");
  return stripped !== "" && [...stripped].every(isWinAnsi) ? stripped : "?";
}

export function pdfText(value: string | number): string {
  const text = String(value).normalize("NFC");
  let out = "";
  for (const char of text) out += plainChar(char);
  return out;
}
