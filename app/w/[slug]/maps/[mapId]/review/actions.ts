"use server";
import { revalidatePath } from "next/cache";
import type { WorkspaceOperation } from "@/lib/actions/workspace-operation";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { addReviewAction, deleteReviewAction, updateReviewAction } from "@/lib/reviews/review-actions";
import { saveReviewNotes } from "@/lib/reviews/review-notes";
import { followMap } from "@/lib/notifications/review-due";
import { createSnapshot } from "@/lib/snapshots/create-snapshot";
import { restoreSnapshot } from "@/lib/snapshots/restore-snapshot";

// The review, the map dashboard (its reminder) and the snapshot list all read what these change.
const run = <R>(operation: WorkspaceOperation<R>, slug: string, input: unknown) =>
  runAsCurrentUser(operation, slug, input, { path: `/w/${slug}/maps`, type: "layout" });

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

export async function followMapAction(slug: string, input: { mapId: string; follow: boolean }) {
  return runAsCurrentUser(followMap, slug, input, { path: `/w/${slug}/maps/${input.mapId}/review` });
}
