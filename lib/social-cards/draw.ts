/**
 * Draws a social card as a PNG, with nothing but installed packages: satori lays the
 * card out and turns its text into outlines using the bundled fonts (fonts.ts) and
 * Twemoji artwork (emoji.ts); resvg rasterises it; sharp stores it as a 64-colour
 * palette PNG, undithered: about 21 KB instead of 52 KB for a flat card like this, and
 * dithering would cost a third more time for no visible gain.
 *
 * Nothing here reaches the network. A character no bundled font has is drawn as a box
 * (the font's "missing glyph") and reported, never fetched.
 */
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import { SocialCard, type CardText } from "@/components/social-card";
import { emojiImage } from "./emoji";
import { fontsFor } from "./fonts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface DrawnCard {
  png: Uint8Array;
  /** Text the card could not draw with a real glyph (shown as boxes). */
  missing: string[];
}

export async function drawCard(card: CardText): Promise<DrawnCard> {
  const text = Object.values(card).join(" ");
  const missing: string[] = [];
  const svg = await satori(SocialCard(card), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fontsFor(text),
    // Called only for text the given fonts cannot draw: emoji come from Twemoji's
    // artwork; anything else has no bundled font, so it is noted and drawn as a box.
    loadAdditionalAsset: async (code: string, segment: string) => {
      if (code === "emoji") {
        const image = emojiImage(segment);
        if (image) return image;
      }
      missing.push(segment);
      return [];
    },
  });
  const raster = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  const png = await sharp(raster.pixels, { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .png({ palette: true, colours: 64, effort: 1, compressionLevel: 9, dither: 0 })
    .toBuffer();
  return { png: new Uint8Array(png), missing: [...new Set(missing)] };
}
