"use client";
import { useSyncExternalStore } from "react";
import type { CommentView } from "@/lib/comments/schemas";
import type { CommentStore } from "./comment-store";

/** The map's comments (not deleted, oldest first), re-read when the server pushes a change. */
export function useMapComments(store: CommentStore): CommentView[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
