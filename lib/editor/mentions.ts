/**
 * @mentions in comment bodies. The body keeps the readable "@Name" text; the comment
 * stores the mentioned members' user ids beside it, so a renamed member is still found.
 */
export type MentionCandidate = { userId: string; name: string };

/** The "@que" being typed at the caret (after a space or the start), or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]*)$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Members whose name starts a word matching the query, best matches first. */
export function matchMembers(members: MentionCandidate[], query: string, limit = 6): MentionCandidate[] {
  const q = query.toLocaleLowerCase();
  const scored = members
    .map((m) => {
      const name = m.name.toLocaleLowerCase();
      const rank = name.startsWith(q) ? 0 : name.split(/\s+/).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
      return { m, rank };
    })
    .filter((s) => s.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.m.name.localeCompare(b.m.name));
  return scored.slice(0, limit).map((s) => s.m);
}

/** Replaces the "@que" typed from `start` up to `caret` with "@Full Name ". */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The ids of picked members whose "@Name" is still in the text (a deleted mention no longer notifies). */
export function mentionedIds(text: string, picked: MentionCandidate[]): string[] {
  const ids = picked.filter((m) => text.includes(`@${m.name}`)).map((m) => m.userId);
  return [...new Set(ids)];
}

export type BodySegment = { text: string; mention: boolean };

/** Splits a body into plain text and "@Name" mentions of the given names, for highlighting. */
export function splitMentions(body: string, names: string[]): BodySegment[] {
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return body ? [{ text: body, mention: false }] : [];
  const escaped = sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`@(?:${escaped.join("|")})`, "g");
  const out: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    if (match.index > last) out.push({ text: body.slice(last, match.index), mention: false });
    out.push({ text: match[0], mention: true });
    last = match.index + match[0].length;
  }
  if (last < body.length) out.push({ text: body.slice(last), mention: false });
  return out;
}
