"use client";
import { type RefObject, useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { usePeers } from "@/lib/collab/client/use-presence";
import { fromSharedX, toSharedX } from "@/lib/editor/grid-columns";

const THROTTLE_MS = 40;

/**
 * Shares this user's pointer position relative to the grid's content box (which scrolls
 * with the grid and has fixed column widths; x as if the lane column were wide, see
 * toSharedX), at most every 40 ms, and clears it when the pointer leaves.
 */
export function useCursorBroadcast(ref: RefObject<HTMLElement | null>, awareness: Awareness, laneHeaderWidth: number) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let last = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      last = Date.now();
      awareness.setLocalStateField("cursor", latest);
    };
    const onMove = (e: PointerEvent) => {
      const rect = el.getBoundingClientRect();
      // In the grid's own (unzoomed) pixels, so people at different zoom levels point at the same card.
      const scale = el.offsetWidth ? rect.width / el.offsetWidth : 1;
      latest = { x: toSharedX(Math.round((e.clientX - rect.left) / scale), laneHeaderWidth), y: Math.round((e.clientY - rect.top) / scale) };
      const wait = THROTTLE_MS - (Date.now() - last);
      clearTimeout(trailing);
      if (wait <= 0) send();
      else trailing = setTimeout(send, wait);
    };
    const onLeave = () => {
      clearTimeout(trailing);
      latest = null;
      send();
    };
    el.addEventListener("pointermove", onMove);
    el.addEventListener("pointerleave", onLeave);
    return () => {
      clearTimeout(trailing);
      el.removeEventListener("pointermove", onMove);
      el.removeEventListener("pointerleave", onLeave);
    };
  }, [ref, awareness, laneHeaderWidth]);
}

/** Other people's pointers over the grid, each with their name in their colour. */
export function RemoteCursors({ awareness, laneHeaderWidth }: { awareness: Awareness; laneHeaderWidth: number }) {
  const peers = usePeers(awareness);
  return (
    <div aria-hidden className="pointer-events-none absolute inset-0 z-30 overflow-hidden">
      {peers
        .filter((p) => !p.isSelf && p.cursor)
        .map((p) => (
          <div
            key={p.clientId}
            data-testid="remote-cursor"
            data-user-id={p.user.id}
            className="absolute left-0 top-0 transition-transform duration-75 ease-linear"
            style={{ transform: `translate(${fromSharedX(p.cursor!.x, laneHeaderWidth)}px, ${p.cursor!.y}px)` }}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" className="drop-shadow">
              <path d="M1 1 L1 13 L4.5 9.5 L7 15 L9 14 L6.5 8.5 L11 8.5 Z" fill={p.user.color} stroke="white" strokeWidth="1" />
            </svg>
            <span
              className="ml-3 whitespace-nowrap rounded px-1.5 py-0.5 text-[11px] font-medium text-white"
              style={{ backgroundColor: p.user.color }}
            >
              {p.user.name}
            </span>
          </div>
        ))}
    </div>
  );
}
