/** What the browser and the collaboration server agree on. */

/** WebSocket path prefix; the room name (the map id) follows: `/collab/<mapId>`. */
export const COLLAB_PATH = "/collab";

/** Mints the short-lived token the WebsocketProvider sends as `?token=`; GET, JSON `CollabTicket`. */
export const collabTokenUrl = (mapId: string) => `/api/maps/${mapId}/collab-token`;

export type CollabTicket = {
  token: string;
  /** Whether this connection may write; the server enforces it regardless. */
  readOnly: boolean;
  user: { id: string; name: string; color: string };
};

/** Close codes (4000–4999 are for applications). */
export const CLOSE_CODES = {
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The user's access changed; the client fetches a new ticket and reconnects. */
  authorizationChanged: 4205,
  messageTooLarge: 4413,
  /** The server is restarting or draining (1012, "service restart"): reconnect, to another server. */
  serverRestart: 1012,
  /** Another server is this map's home now: reconnect, and the router sends you there. */
  mapMoved: 4503,
} as const;

/** Largest WebSocket message the server accepts (bytes). */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** Our own message type on the socket: the database refused changes the server holds; it retries. */
export const MESSAGE_SAVE_FAILED = 100;

/**
 * Our own message type, server to client: the map's comments (rows, not part of the
 * document), as a JSON `CommentFeedMessage` in one varstring. The whole list comes once
 * per connection, then each comment that changes.
 */
export const MESSAGE_COMMENTS = 101;
