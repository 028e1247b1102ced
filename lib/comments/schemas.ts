import { z } from "zod";
import { ZMapId } from "@/lib/maps/schemas";

/** Longest comment body, in characters (also a CHECK on map_comments). */
export const COMMENT_BODY_MAX = 5000;
/** Most members one comment may mention. */
export const COMMENT_MENTIONS_MAX = 50;

const ZBody = z.string("REQUIRED").trim().min(1, "REQUIRED").max(COMMENT_BODY_MAX, "TOO_LONG");
/** User ids of members; mentioning anyone else is refused (MENTION_NOT_MEMBER). */
const ZMentions = z.array(z.string().min(1).max(100)).max(COMMENT_MENTIONS_MAX, "TOO_MANY_MENTIONS").default([]);
const ZCommentId = z.uuid("COMMENT_NOT_FOUND");

/** No author field: the author is whoever is signed in. */
export const ZAddCommentInput = z.object({ mapId: ZMapId, cardId: z.uuid("CARD_NOT_FOUND"), body: ZBody, mentions: ZMentions });
export const ZEditCommentInput = z.object({ mapId: ZMapId, commentId: ZCommentId, body: ZBody, mentions: ZMentions });
export const ZResolveCommentInput = z.object({ mapId: ZMapId, commentId: ZCommentId, resolved: z.boolean() });
export const ZDeleteCommentInput = z.object({ mapId: ZMapId, commentId: ZCommentId });

/** A comment as the editor shows it; also what the collaboration socket carries. */
export const ZCommentView = z.object({
  id: z.string(),
  cardId: z.string(),
  /** Null for a deleted account. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  mentions: z.array(z.string()),
  resolved: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
  version: z.number(),
});
export type CommentView = z.infer<typeof ZCommentView>;

/** What the server pushes over the collaboration socket: every comment of the map, or one that changed. */
export const ZCommentFeedMessage = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all"), comments: z.array(ZCommentView) }),
  z.object({ kind: z.literal("changed"), comment: ZCommentView }),
]);
export type CommentFeedMessage = z.infer<typeof ZCommentFeedMessage>;
