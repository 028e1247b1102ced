/**
 * Saves `content` (a URL, e.g. a data: URL from html-to-image, or text/bytes made in the
 * browser) under `fileName` through a temporary link; object URLs are released afterwards.
 */
export function downloadFile(content: string | Blob, fileName: string): void {
  const href = typeof content === "string" ? content : URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (typeof content !== "string") setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
