import { describe, expect, it } from "vitest";
import type { CommentView } from "@/lib/comments/schemas";
import { CommentStore } from "./comment-store";

const comment = (id: string, version: number, fields: Partial<CommentView> = {}): CommentView => ({
  id,
  cardId: "card",
  authorId: "u1",
  authorName: "Ann",
  body: `v${version}`,
  mentions: [],
  resolved: false,
  createdAt: `2026-01-0${id}T00:00:00.000Z`,
  editedAt: null,
  deleted: false,
  version,
  ...fields,
});

describe("the comments a page holds", () => {
  it("keeps the newest version of each comment, whatever order the news comes in", () => {
    const store = new CommentStore();
    store.apply({ kind: "all", comments: [comment("1", 1)] });
    store.merge(comment("1", 3));
    store.apply({ kind: "changed", comment: comment("1", 2) });
    expect(store.getSnapshot().map((c) => c.body)).toEqual(["v3"]);
    store.merge(comment("1", 4, { deleted: true, body: "" }));
    store.merge(comment("1", 3));
    expect(store.getSnapshot()).toEqual([]);
  });

  it("replaces its list with the server's on reconnect, keeping only newer readings of listed comments", () => {
    const store = new CommentStore();
    store.apply({ kind: "all", comments: [comment("1", 1), comment("2", 1)] });
    store.merge(comment("2", 5));
    // Comment 1 was deleted while disconnected; comment 3 was written.
    store.apply({ kind: "all", comments: [comment("2", 4), comment("3", 1)] });
    expect(store.getSnapshot().map((c) => [c.id, c.version])).toEqual([
      ["2", 5],
      ["3", 1],
    ]);
    expect(store.loaded).toBe(true);
  });

  it("orders by time written and hands out the same array until something changes", () => {
    const store = new CommentStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.apply({ kind: "all", comments: [comment("3", 1), comment("1", 1)] });
    const first = store.getSnapshot();
    expect(first.map((c) => c.id)).toEqual(["1", "3"]);
    store.merge(comment("1", 1));
    expect(store.getSnapshot()).toBe(first);
    expect(calls).toBe(1);
  });
});
