"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/action-result";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { getCurrentUserId } from "@/lib/auth/session";
import { addReviewAction, deleteReviewAction, updateReviewAction } from "@/lib/reviews/review-actions";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { createSnapshot } from "@/lib/snapshots/create-snapshot";
import { restoreSnapshot } from "@/lib/snapshots/restore-snapshot";

// The review, the map dashboard (its reminder) and the snapshot list all read what these change.
async function run<R>(operation: WorkspaceOperation<R>, slug: string, input: unknown): Promise<ActionResult<R>> {
  const result = await operation(await getCurrentUserId(), { slug }, input);
  if (result.ok) revalidatePath(`/w/${slug}/maps`, "layout");
  return result;
}

export async function saveReviewNotesAction(slug: string, input: unknown) {
  return run(saveReviewNotes, slug, input);
}
export async function addReviewActionAction(slug: string, input: unknown) {
  return run(addReviewAction, slug, input);
}
export async function updateReviewActionAction(slug: string, input: unknown) {
  return run(updateReviewAction, slug, input);
}
export async function deleteReviewActionAction(slug: string, input: unknown) {
  return run(deleteReviewAction, slug, input);
}
export async function createSnapshotAction(slug: string, input: unknown) {
  return run(createSnapshot, slug, input);
}
export async function restoreSnapshotAction(slug: string, input: unknown) {
  const result = await run(restoreSnapshot, slug, input);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
