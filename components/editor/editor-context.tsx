"use client";
import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { CollabSession } from "@/lib/collab/client/collab-session";
import type { MentionCandidate } from "@/lib/editor/mentions";

export type EditorPersona = { id: string; name: string; color: string };

export type EditorContextValue = {
  doc: Y.Doc;
  session: CollabSession;
  mapId: string;
  slug: string;
  /** False for viewers and while the ticket says read-only: every control hides or disables. */
  canEdit: boolean;
  /** May write comments and resolve them (comments.write; not viewers, not a read-only ticket). */
  canComment: boolean;
  /** May delete anyone's comment (comments.moderate), not only one's own. */
  canModerateComments: boolean;
  me: { id: string; name: string; color: string };
  members: MentionCandidate[];
  /** The workspace's personas, for curves drawn from one persona's view. */
  personas: EditorPersona[];
  /** Opens the card's side panel (details and comments). */
  openCard: (cardId: string) => void;
  /** Tells the others which card this user is editing (null when none). */
  setEditing: (cardId: string | null) => void;
  /** The phase, step or lane whose name should open in edit mode (just added). */
  renamingId: string | null;
  setRenamingId: (id: string | null) => void;
};

const EditorContext = createContext<EditorContextValue | null>(null);
export const EditorProvider = EditorContext.Provider;

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside the map editor");
  return value;
}
