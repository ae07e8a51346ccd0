/**
 * A Windows icon file (.ico) holding PNG images, as every current browser reads it. The format is a 6-byte
 * header, one 16-byte entry per image and the PNG files one after another.
 */

export interface IcoImage {
  /** Size in pixels (square), 1 to 256. */
  size: number;
  png: Uint8Array;
}

export function pngsToIco(images: readonly IcoImage[]): Buffer {
  if (images.length === 0) throw new Error('Eine ICO-Datei braucht mindestens ein Bild.');
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`ICO: Größe ${size} ist nicht 1 bis 256.`);
    const e = Buffer.alloc(16);
    e.writeUInt8(size === 256 ? 0 : size, 0); // width (0 means 256)
    e.writeUInt8(size === 256 ? 0 : size, 1); // height
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3); // reserved
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    entries.push(e);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))]);
}
