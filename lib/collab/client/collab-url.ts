import { COLLAB_PATH } from "@/lib/collab/shared/protocol";

/** The WebSocket base URL on the page's own host; WebsocketProvider appends `/<mapId>?token=`. */
export function collabServerUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${COLLAB_PATH}`;
}
