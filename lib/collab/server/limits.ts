import { MAX_MESSAGE_BYTES } from "@/lib/collab/shared/protocol";

/** Largest message handled; a larger one closes the connection with CLOSE_CODES.messageTooLarge. */
export const MAX_MESSAGE = MAX_MESSAGE_BYTES;

/**
 * Frames above this are cut off by the WebSocket library itself (close 1009) before they
 * are buffered whole, so one client cannot make the server hold an arbitrarily large frame.
 */
export const MAX_FRAME = MAX_MESSAGE_BYTES * 2;

/**
 * Bytes queued for one slow client before the server gives up on it; it reconnects and
 * syncs afresh instead of making the server buffer every update for it.
 */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export const isMessageTooLarge = (message: Uint8Array) => message.byteLength > MAX_MESSAGE;
