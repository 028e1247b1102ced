import * as Y from "yjs";

const copyOf = (doc: Y.Doc) => {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

/**
 * A second copy of a room's document on which each client update is tried before it
 * touches the room's own. An update that decodes but fails while it is integrated
 * (a half-applied update would stay in the document, be relayed and stored) breaks only
 * this copy, which is then rebuilt from the room's document. The copy follows every
 * other change of the room's document (loading, relayed updates from other servers,
 * server-side edits) through its update events; client updates reach it first, here.
 * It costs a second apply per update and a second copy of the document in memory.
 */
export class ScratchCopy {
  private copy: Y.Doc;

  constructor(
    private readonly doc: Y.Doc,
    /** Whether an update of the room's document came from a client (and so was tried here already). */
    private readonly triedHere: (origin: unknown) => boolean,
  ) {
    this.copy = copyOf(doc);
    doc.on("update", this.follow);
  }

  private follow = (update: Uint8Array, origin: unknown) => {
    if (!this.triedHere(origin)) Y.applyUpdate(this.copy, update);
  };

  /** Applies `update` to the copy; throws if it fails, leaving a fresh copy of the room's document. */
  tryApply(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.copy, update);
    } catch (error) {
      this.rebuild();
      throw error;
    }
  }

  /** After the room dropped updates waiting for dependencies that never came, the copy drops them too. */
  rebuild(): void {
    this.copy.destroy();
    this.copy = copyOf(this.doc);
  }

  /** For tests: the copy's state. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.copy);
  }

  destroy(): void {
    this.doc.off("update", this.follow);
    this.copy.destroy();
  }
}
