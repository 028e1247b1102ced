/**
 * An ILIKE pattern that finds `term` anywhere, with the pattern characters of the term
 * itself (% _ and the escape character) taken literally.
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
