import { describe, expect, it } from "vitest";
import { insertMention, matchMembers, mentionedIds, mentionQueryAt, splitMentions } from "./mentions";

const members = [
  { userId: "u1", name: "Anna de Vries" },
  { userId: "u2", name: "Bram Jansen" },
  { userId: "u3", name: "Annelies Bakker" },
];

describe("mentions", () => {
  it("finds the mention being typed at the caret", () => {
    expect(mentionQueryAt("@An", 3)).toEqual({ start: 0, query: "An" });
    expect(mentionQueryAt("hi @Br", 6)).toEqual({ start: 3, query: "Br" });
    expect(mentionQueryAt("hi @", 4)).toEqual({ start: 3, query: "" });
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("@Anna done", 10)).toBeNull();
  });

  it("matches members by name start first, then by a later word", () => {
    expect(matchMembers(members, "ann").map((m) => m.userId)).toEqual(["u1", "u3"]);
    expect(matchMembers(members, "jan").map((m) => m.userId)).toEqual(["u2"]);
    expect(matchMembers(members, "bak").map((m) => m.userId)).toEqual(["u3"]);
    expect(matchMembers(members, "zz")).toEqual([]);
  });

  it("inserts the full name and keeps the rest of the text", () => {
    expect(insertMention("hi @Br see", 3, 6, "Bram Jansen")).toEqual({ text: "hi @Bram Jansen  see", caret: 16 });
  });

  it("keeps only the ids whose mention is still in the text", () => {
    expect(mentionedIds("@Anna de Vries and @Bram Jansen", members)).toEqual(["u1", "u2"]);
    expect(mentionedIds("only @Bram Jansen", [members[0]!, members[1]!])).toEqual(["u2"]);
  });

  it("splits a body into text and mentions, longest name first", () => {
    expect(splitMentions("ask @Anna de Vries now", ["Anna", "Anna de Vries"])).toEqual([
      { text: "ask ", mention: false },
      { text: "@Anna de Vries", mention: true },
      { text: " now", mention: false },
    ]);
    expect(splitMentions("plain", [])).toEqual([{ text: "plain", mention: false }]);
  });
});
