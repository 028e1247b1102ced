"use client";
import { useEffect, useSyncExternalStore } from "react";
import type * as Y from "yjs";

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Ctrl/Cmd+Z undoes this user's own last change, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it.
 * Inside text fields the browser's own text undo keeps working.
 */
export function useUndoShortcuts(undoManager: Y.UndoManager, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.metaKey || e.ctrlKey) || e.altKey || isEditable(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        undoManager.undo();
      } else if ((key === "z" && e.shiftKey) || (key === "y" && e.ctrlKey && !e.shiftKey)) {
        e.preventDefault();
        undoManager.redo();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [undoManager, enabled]);
}

/** Whether there is something to undo or redo, live. */
export function useUndoState(undoManager: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const snapshot = useSyncExternalStore(
    (onChange) => {
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const e of events) undoManager.on(e, onChange);
      return () => {
        for (const e of events) undoManager.off(e, onChange);
      };
    },
    () => `${undoManager.undoStack.length > 0 ? 1 : 0}${undoManager.redoStack.length > 0 ? 1 : 0}`,
    () => "00",
  );
  return { canUndo: snapshot[0] === "1", canRedo: snapshot[1] === "1" };
}
