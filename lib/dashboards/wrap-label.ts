/** Splits `text` into at most two lines of about `perLine` characters, at spaces where it can. */
export function wrapLabel(text: string, perLine: number): string[] {
  if (text.length <= perLine) return [text];
  const words = text.split(/\s+/);
  let first = "";
  while (words.length && (first + (first ? " " : "") + words[0]).length <= perLine) first += (first ? " " : "") + words.shift();
  if (!first) first = words.shift() ?? "";
  let rest = words.join(" ");
  if (!rest) return [first.length > perLine ? `${first.slice(0, perLine - 1)}…` : first];
  if (rest.length > perLine) rest = `${rest.slice(0, perLine - 1)}…`;
  return [first.length > perLine ? `${first.slice(0, perLine - 1)}…` : first, rest];
}
