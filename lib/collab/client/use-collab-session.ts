"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { CollabSession, type Network, type SessionSnapshot } from "./collab-session";
import { collabServerUrl } from "./collab-url";
import { fetchCollabTicket } from "./fetch-ticket";

const browserNetwork: Network = {
  isOnline: () => navigator.onLine,
  subscribe(onChange) {
    window.addEventListener("online", onChange);
    window.addEventListener("offline", onChange);
    return () => {
      window.removeEventListener("online", onChange);
      window.removeEventListener("offline", onChange);
    };
  },
};

const INITIAL: SessionSnapshot = { state: "connecting", readOnly: true, user: null, failure: null, loaded: false };
const noSubscription = () => () => {};

/**
 * Opens a map for editing in the browser: socket, IndexedDB cache (scoped to the user, so
 * another account on this browser never sees it) and presence. Null until mounted.
 */
export function useCollabSession(mapId: string, userId: string): { session: CollabSession | null; snapshot: SessionSnapshot } {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    const created = new CollabSession({
      mapId,
      serverUrl: collabServerUrl(window.location),
      fetchTicket: () => fetchCollabTicket(mapId),
      openCache: typeof indexedDB === "undefined" ? undefined : (doc) => new IndexeddbPersistence(`journeyboard:${userId}:${mapId}`, doc),
      network: browserNetwork,
    });
    created.start();
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [mapId, userId]);

  const snapshot = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    () => session?.getSnapshot() ?? INITIAL,
    () => INITIAL,
  );
  return { session, snapshot };
}
