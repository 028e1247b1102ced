"use server";
import { getCurrentUserId } from "@/lib/auth/session";
import { addComment, deleteComment, editComment, resolveComment } from "@/lib/comments/comment-operations";
import { addActionFromOpportunity, listOpportunityActions } from "@/lib/reviews/review-actions";

// No revalidation: the map's open editors hear of the change over the collaboration socket.
export async function addCommentAction(slug: string, input: unknown) {
  return addComment(await getCurrentUserId(), { slug }, input);
}
export async function editCommentAction(slug: string, input: unknown) {
  return editComment(await getCurrentUserId(), { slug }, input);
}
export async function resolveCommentAction(slug: string, input: unknown) {
  return resolveComment(await getCurrentUserId(), { slug }, input);
}
export async function deleteCommentAction(slug: string, input: unknown) {
  return deleteComment(await getCurrentUserId(), { slug }, input);
}

export async function addActionFromOpportunityAction(slug: string, input: unknown) {
  return addActionFromOpportunity(await getCurrentUserId(), { slug }, input);
}
export async function listOpportunityActionsAction(slug: string, input: unknown) {
  return listOpportunityActions(await getCurrentUserId(), { slug }, input);
}
