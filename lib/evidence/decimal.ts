import { z } from "zod";

/**
 * A decimal number from a form field or JSON: numbers pass; strings are trimmed and a
 * single comma is read as the decimal separator ("4,5" as Dutch users type it).
 * Empty strings become undefined so `.optional()`/`.default()` apply.
 */
export function zDecimal(message = "INVALID_NUMBER") {
  return z.preprocess((v) => {
    if (typeof v !== "string") return v;
    const text = v.trim();
    if (text === "") return undefined;
    const normalised = !text.includes(".") && (text.match(/,/g) ?? []).length === 1 ? text.replace(",", ".") : text;
    return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(normalised) ? Number(normalised) : Number.NaN;
  }, z.number(message).min(-1e12, message).max(1e12, message));
}
