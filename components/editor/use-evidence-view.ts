"use client";
import { useCallback, useSyncExternalStore } from "react";

const KEY = "journeyboard.editor.evidenceView";
const listeners = new Set<() => void>();
/** The choice when storage refuses to keep it (private mode, quota): it lasts for this page. */
let unsaved: boolean | null = null;

function read(): boolean {
  if (unsaved !== null) return unsaved;
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab switching the view switches it here too.
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Whether the editor shows the evidence view, remembered on this device across maps and visits. */
export function useEvidenceView(): [boolean, (on: boolean) => void] {
  // The server renders the plain map; the remembered choice applies once hydrated.
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      window.localStorage.setItem(KEY, next ? "1" : "0");
      unsaved = null;
    } catch {
      unsaved = next;
    }
    listeners.forEach((l) => l());
  }, []);
  return [on, set];
}
