/**
 * A CSV file's bytes as text. UTF-8 (with or without a byte order mark) is read as is;
 * UTF-16 with a byte order mark is decoded; anything else that is not valid UTF-8 is
 * taken for Windows-1252 — what Excel on Windows saves as "CSV" — and converted, and
 * the caller is told so. Files with NUL bytes are not text and are refused.
 * Runs in the browser and in Node (TextDecoder in both).
 */
export type DecodedCsv = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" };

export class CsvEncodingError extends Error {
  constructor(public readonly reason: "NOT_TEXT") {
    super(reason);
  }
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new CsvEncodingError("NOT_TEXT");
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

/** Bytes 0x80–0x9F of Windows-1252 (the rest equals Latin-1); undefined positions stay as they are. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

// Decoded by hand: Node's TextDecoder treats "windows-1252" as Latin-1 and loses €, “ ” and the like.
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
