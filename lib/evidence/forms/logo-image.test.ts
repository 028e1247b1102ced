import { describe, expect, it } from "vitest";
import { sniffLogoType } from "./logo-image";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("logo type by content", () => {
  it("recognises PNG, JPEG and WebP by their signatures", () => {
    expect(sniffLogoType(bytes([0x89], "PNG\r\n\x1a\n", [0, 0]))).toBe("image/png");
    expect(sniffLogoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffLogoType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, HTML, GIF and a renamed text file", () => {
    expect(sniffLogoType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffLogoType(bytes("<!doctype html><p>hi"))).toBeNull();
    expect(sniffLogoType(bytes("GIF89a"))).toBeNull();
    expect(sniffLogoType(bytes("RIFF", [1, 2, 3, 4], "WAVE"))).toBeNull();
    expect(sniffLogoType(new Uint8Array())).toBeNull();
  });
});
