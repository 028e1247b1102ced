import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mapComments } from "@/db/schema";
import { buildMap, buildTenantFixture, type TenantFixture } from "@/lib/testing/factories";
import { listMapComments } from "./comment-rows";
import { addComment, deleteComment, editComment, resolveComment } from "./comment-operations";
import { commentsChanged, type CommentChanged } from "./comments-changed";

let f: TenantFixture;
let mapId: string;
const cardId = "6f1c2a1e-0b7e-4d2c-9a63-3f3f7d1e2a10";
const ref = () => ({ slug: f.workspace.slug });
const heard: CommentChanged[] = [];
const listen = (c: CommentChanged) => heard.push(c);

beforeEach(async () => {
  f = await buildTenantFixture();
  mapId = (await buildMap(f.workspace.id)).id;
  heard.length = 0;
  commentsChanged().on("changed", listen);
});
afterEach(() => {
  commentsChanged().off("changed", listen);
});

async function added(userId: string, body = "Checkout is slow") {
  const result = await addComment(userId, ref(), { mapId, cardId, body });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("comments are rows written as the signed-in member", () => {
  it("takes the author from the caller, whatever the input says, and announces the comment", async () => {
    const result = await addComment(f.editor.id, ref(), { mapId, cardId, body: "  Pricing is unclear  ", authorId: f.owner.id, authorName: f.owner.name });
    expect(result).toMatchObject({ ok: true, data: { authorId: f.editor.id, authorName: f.editor.name, body: "Pricing is unclear", resolved: false, deleted: false, version: 1 } });
    const [row] = await getDb().select().from(mapComments).where(eq(mapComments.mapId, mapId));
    expect(row).toMatchObject({ authorId: f.editor.id, workspaceId: f.workspace.id, cardId });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ workspaceId: f.workspace.id, mapId, comment: { id: row!.id, authorId: f.editor.id } });
  });

  it("mentions members only: a mention of anyone else is refused and nothing is written", async () => {
    const result = await addComment(f.editor.id, ref(), { mapId, cardId, body: "@Admin @Admin", mentions: [f.admin.id, f.admin.id] });
    expect(result.ok && result.data.mentions).toEqual([f.admin.id]);
    for (const stranger of [f.foreignOwner.id, f.outsider.id, "no-such-user"]) {
      const refused = await addComment(f.editor.id, ref(), { mapId, cardId, body: "@Someone", mentions: [f.admin.id, stranger] });
      expect(refused).toMatchObject({ ok: false, error: "MENTION_NOT_MEMBER", fieldErrors: { mentions: ["MENTION_NOT_MEMBER"] } });
    }
    expect(await listMapComments({ workspaceId: f.workspace.id, mapId })).toHaveLength(1);
  });

  it("refuses viewers (the role table: comments.write is editors and up), bad input and other workspaces' maps", async () => {
    expect(await addComment(f.viewer.id, ref(), { mapId, cardId, body: "hi" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await addComment(f.editor.id, ref(), { mapId, cardId, body: "   " })).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { body: ["REQUIRED"] } });
    expect(await addComment(f.editor.id, ref(), { mapId, cardId, body: "x".repeat(5001) })).toMatchObject({ ok: false, fieldErrors: { body: ["TOO_LONG"] } });
    expect(await addComment(f.editor.id, ref(), { mapId, cardId: "not-a-card", body: "x" })).toMatchObject({ ok: false, fieldErrors: { cardId: ["CARD_NOT_FOUND"] } });
    const foreignMap = (await buildMap(f.otherWorkspace.id)).id;
    expect(await addComment(f.editor.id, ref(), { mapId: foreignMap, cardId, body: "x" })).toMatchObject({ ok: false, error: "MAP_NOT_FOUND" });
    // The foreign owner naming their own map under our slug is not a member here.
    expect(await addComment(f.foreignOwner.id, ref(), { mapId, cardId, body: "x" })).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await addComment(null, ref(), { mapId, cardId, body: "x" })).toMatchObject({ ok: false, error: "UNAUTHORIZED" });
    expect(await listMapComments({ workspaceId: f.workspace.id, mapId })).toEqual([]);
    expect(heard).toEqual([]);
  });

  it("lets only the author edit, marks the edit and bumps the version", async () => {
    const comment = await added(f.editor.id);
    expect(await editComment(f.admin.id, ref(), { mapId, commentId: comment.id, body: "Rewritten" })).toMatchObject({ ok: false, error: "COMMENT_NOT_YOURS" });
    expect(await editComment(f.owner.id, ref(), { mapId, commentId: comment.id, body: "Rewritten" })).toMatchObject({ ok: false, error: "COMMENT_NOT_YOURS" });
    const edited = await editComment(f.editor.id, ref(), { mapId, commentId: comment.id, body: "Checkout is very slow" });
    expect(edited).toMatchObject({ ok: true, data: { body: "Checkout is very slow", version: 2, authorId: f.editor.id } });
    expect(edited.ok && edited.data.editedAt).toBeTruthy();
  });

  it("lets editors resolve and reopen anyone's comment", async () => {
    const comment = await added(f.admin.id);
    expect(await resolveComment(f.editor.id, ref(), { mapId, commentId: comment.id, resolved: true })).toMatchObject({ ok: true, data: { resolved: true, version: 2 } });
    expect(await resolveComment(f.editor.id, ref(), { mapId, commentId: comment.id, resolved: false })).toMatchObject({ ok: true, data: { resolved: false, version: 3 } });
    expect(await resolveComment(f.viewer.id, ref(), { mapId, commentId: comment.id, resolved: true })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("lets authors delete their own and admins and owners delete any; a deleted comment is gone for every change", async () => {
    const byAdmin = await added(f.admin.id);
    const byEditor = await added(f.editor.id);
    const another = await added(f.editor.id);
    expect(await deleteComment(f.editor.id, ref(), { mapId, commentId: byAdmin.id })).toMatchObject({ ok: false, error: "COMMENT_NOT_YOURS" });
    expect(await deleteComment(f.editor.id, ref(), { mapId, commentId: byEditor.id })).toMatchObject({ ok: true, data: { deleted: true, body: "" } });
    expect(await deleteComment(f.admin.id, ref(), { mapId, commentId: another.id })).toMatchObject({ ok: true, data: { deleted: true } });
    expect(await deleteComment(f.owner.id, ref(), { mapId, commentId: byAdmin.id })).toMatchObject({ ok: true });
    expect(await editComment(f.editor.id, ref(), { mapId, commentId: byEditor.id, body: "back" })).toMatchObject({ ok: false, error: "COMMENT_NOT_FOUND" });
    expect(await resolveComment(f.editor.id, ref(), { mapId, commentId: byEditor.id, resolved: true })).toMatchObject({ ok: false, error: "COMMENT_NOT_FOUND" });
    expect(await listMapComments({ workspaceId: f.workspace.id, mapId })).toEqual([]);
    // The announced tombstone carries no text.
    expect(heard.filter((h) => h.comment.deleted).every((h) => h.comment.body === "")).toBe(true);
  });

  it("finds no comment of another workspace or another map, by any id", async () => {
    const comment = await added(f.editor.id);
    const foreign = await buildMap(f.otherWorkspace.id);
    const foreignComment = await addComment(f.foreignOwner.id, { slug: f.otherWorkspace.slug }, { mapId: foreign.id, cardId, body: "theirs" });
    if (!foreignComment.ok) throw new Error(foreignComment.error);
    const otherMap = (await buildMap(f.workspace.id)).id;
    expect(await deleteComment(f.owner.id, ref(), { mapId, commentId: foreignComment.data.id })).toMatchObject({ ok: false, error: "COMMENT_NOT_FOUND" });
    expect(await deleteComment(f.owner.id, ref(), { mapId: foreign.id, commentId: foreignComment.data.id })).toMatchObject({ ok: false, error: "COMMENT_NOT_FOUND" });
    expect(await resolveComment(f.owner.id, ref(), { mapId: otherMap, commentId: comment.id, resolved: true })).toMatchObject({ ok: false, error: "COMMENT_NOT_FOUND" });
    expect(await deleteComment(f.owner.id, ref(), { mapId, commentId: "1" })).toMatchObject({ ok: false, fieldErrors: { commentId: ["COMMENT_NOT_FOUND"] } });
    expect((await listMapComments({ workspaceId: f.otherWorkspace.id, mapId: foreign.id })).map((c) => c.body)).toEqual(["theirs"]);
  });
});
