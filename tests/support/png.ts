/** A PNG's signature and size, read from its IHDR chunk: what the tests check of a social card. */
export function pngSize(png: Uint8Array): { signature: string; width: number; height: number } {
  const view = Buffer.from(png);
  return { signature: view.subarray(1, 4).toString("latin1"), width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}
