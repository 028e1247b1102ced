"use client";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { editingByOthers, type Peer, type Presence, readPeers, uniqueUsers } from "./presence";

/**
 * A value derived from everyone's presence, renewed only when it really changes (compared
 * by its JSON), so a remote cursor moving re-renders the cursors, not the whole grid.
 */
function usePresenceValue<T>(awareness: Awareness, derive: (peers: Peer[]) => T): T {
  const cache = useRef<{ key: string; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    [awareness],
  );
  const getSnapshot = () => {
    const value = derive(readPeers(awareness));
    const key = JSON.stringify(value instanceof Map ? [...value] : value);
    if (cache.current?.key === key) return cache.current.value;
    cache.current = { key, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** Everyone in the map right now (this client included), with cursors: for the cursor layer. */
export function usePeers(awareness: Awareness): Peer[] {
  return usePresenceValue(awareness, (peers) => peers);
}

/** One entry per person in the map, this user first: for the avatars. */
export function usePresentUsers(awareness: Awareness): Array<Presence["user"] & { isSelf: boolean }> {
  return usePresenceValue(awareness, uniqueUsers);
}

/** Which cards others are editing: for the highlights. */
export function useEditingByOthers(awareness: Awareness): Map<string, Presence["user"]> {
  return usePresenceValue(awareness, editingByOthers);
}
