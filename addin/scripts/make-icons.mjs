// Draws the add-in icons (a red rounded square with a white check mark over three lines) as PNGs in assets/.
// Deterministic: the same sizes always give the same bytes. Run: npm run icons (the PNGs are committed).
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const sizes = [16, 32, 64, 80, 128];
const red = [200, 16, 46];
const white = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1).
function insideRoundedSquare(x, y) {
  const r = 0.18,
    m = 0.04;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function insideMark(x, y, size) {
  const w = size <= 16 ? 0.075 : 0.06;
  const check =
    distToSegment(x, y, [0.22, 0.52], [0.42, 0.72]) <= w || distToSegment(x, y, [0.42, 0.72], [0.8, 0.28]) <= w;
  if (size <= 16) return check; // lines would blur at 16 px
  const line = (yy, x1) => Math.abs(y - yy) <= 0.025 && x >= 0.56 && x <= x1;
  return check || line(0.56, 0.8) || line(0.67, 0.8) || line(0.78, 0.8);
}

for (const size of sizes) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4; // 4×4 supersampling
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let bg = 0,
        mark = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size,
            y = (py + (sy + 0.5) / n) / size;
          if (insideRoundedSquare(x, y)) {
            bg++;
            if (insideMark(x, y, size)) mark++;
          }
        }
      const a = bg / (n * n),
        m = bg ? mark / bg : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(red[c] * (1 - m) + white[c] * m);
      rgba[i + 3] = Math.round(a * 255);
    }
  writeFileSync(join(out, `icon-${size}.png`), png(size, rgba));
}
console.log(`icons ${sizes.join(", ")} written to ${out}`);
