"use client";
import { useSyncExternalStore } from "react";
import { LANE_HEADER_WIDTH, LANE_HEADER_WIDTH_NARROW, NARROW_VIEWPORT } from "@/lib/editor/grid-columns";

const QUERY = `(max-width: ${NARROW_VIEWPORT - 1}px)`;

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** The lane-name column's width: narrower on phones, follows the viewport as it turns. */
export function useLaneHeaderWidth(): number {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(QUERY).matches ? LANE_HEADER_WIDTH_NARROW : LANE_HEADER_WIDTH),
    () => LANE_HEADER_WIDTH,
  );
}
