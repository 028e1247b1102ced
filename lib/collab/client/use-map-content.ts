"use client";
import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { type MapContent, observeMap, readMapContent } from "@/lib/journey/map-document";

type Store = { subscribe(listener: () => void): () => void; get(): MapContent };
const stores = new WeakMap<Y.Doc, Store>();

// One cached reading per document, renewed once per transaction, so every component
// reading the map sees the same object and React re-renders only after real changes.
function storeFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  let content = readMapContent(doc);
  const listeners = new Set<() => void>();
  let unobserve: (() => void) | null = null;
  store = {
    get: () => content,
    subscribe(listener) {
      listeners.add(listener);
      if (!unobserve) {
        content = readMapContent(doc);
        unobserve = observeMap(doc, () => {
          content = readMapContent(doc);
          for (const l of listeners) l();
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unobserve?.();
          unobserve = null;
        }
      };
    },
  };
  stores.set(doc, store);
  return store;
}

/** The map's content as plain data, re-read whenever the document changes. */
export function useMapContent(doc: Y.Doc): MapContent {
  const store = storeFor(doc);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
