"use client";
import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { type Peer, readPeers } from "./presence";

type Store = { subscribe(listener: () => void): () => void; get(): Peer[] };
const stores = new WeakMap<Awareness, Store>();

function storeFor(awareness: Awareness): Store {
  let store = stores.get(awareness);
  if (store) return store;
  let peers = readPeers(awareness);
  store = {
    get: () => peers,
    subscribe(listener) {
      const onChange = () => {
        peers = readPeers(awareness);
        listener();
      };
      awareness.on("change", onChange);
      peers = readPeers(awareness);
      return () => awareness.off("change", onChange);
    },
  };
  stores.set(awareness, store);
  return store;
}

/** Everyone in the map right now (this client included), live. */
export function usePeers(awareness: Awareness): Peer[] {
  const store = storeFor(awareness);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
