/**
 * An element rendered to a PNG data URL in the browser (html-to-image), on white, as
 * sharp as the browser's canvas limit allows.
 *
 * Controls marked `print:hidden` are left out, as in print. With `asPrinted` the
 * element is first copied into an off-screen box of the same width and the copy's
 * print-only parts (`print:block`, e.g. review notes shown as text) are revealed: the
 * PNG then shows what the print layout shows, and the page on screen does not move.
 */
export async function elementToPng(node: HTMLElement, options: { asPrinted?: boolean } = {}): Promise<string> {
  const { toPng } = await import("html-to-image");
  let target = node;
  let holder: HTMLDivElement | null = null;
  if (options.asPrinted) {
    holder = document.createElement("div");
    holder.setAttribute("aria-hidden", "true");
    Object.assign(holder.style, { position: "fixed", left: "-100000px", top: "0", width: `${node.getBoundingClientRect().width}px`, pointerEvents: "none" });
    target = node.cloneNode(true) as HTMLElement;
    target.removeAttribute("id");
    for (const el of target.querySelectorAll<HTMLElement>(".print\\:block")) el.style.display = "block";
    holder.appendChild(target);
    document.body.appendChild(holder);
  }
  try {
    const width = target.scrollWidth;
    const height = target.scrollHeight;
    return await toPng(target, {
      backgroundColor: "#ffffff",
      width,
      height,
      pixelRatio: safePixelRatio(width, height),
      filter: (el) => !(el instanceof HTMLElement && el.classList.contains("print:hidden")),
    });
  } finally {
    holder?.remove();
  }
}

/**
 * Twice the pixels for sharpness, but never a canvas above ~16.7 million pixels (Safari's
 * limit; Chrome's is larger): a long dashboard at 2× would otherwise come out blank.
 */
export function safePixelRatio(width: number, height: number, maxPixels = 16_000_000): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.max(0.5, Math.min(2, Math.sqrt(maxPixels / (width * height))));
}
