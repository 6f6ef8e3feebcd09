import { ImageResponse } from "next/og";
import type { Phase } from "@/lib/content/schemas";
import { cachedPng } from "@/lib/card-cache";
import { PHASE_LABELS } from "@/lib/labels";

/**
 * A 1200×630 social card, drawn at build time with next/og and its bundled font (no
 * network). Shown when a journalist or resident shares a link.
 */
export interface CardText {
  title: string;
  phase: Phase;
  time: string;
  organisations: string;
  siteTitle: string;
}

/** Bump when the drawing below changes, so cached cards are drawn again. */
const CARD_VERSION = "1";

/** The card as a PNG response, drawn only when its text has changed (see lib/card-cache.ts). */
export async function socialCardResponse(card: CardText): Promise<Response> {
  const png = await cachedPng(card, CARD_VERSION, () => socialCard(card).arrayBuffer());
  return new Response(png as unknown as BodyInit, { headers: { "Content-Type": "image/png" } });
}

function socialCard({ title, phase, time, organisations, siteTitle }: CardText) {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", color: "#0b0c0c", fontSize: 32 }}>
        <div style={{ display: "flex", background: "#1d4f91", color: "#ffffff", padding: "28px 56px", fontSize: 36 }}>{siteTitle}</div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "40px 56px", justifyContent: "space-between" }}>
          <div style={{ display: "flex", fontSize: title.length > 80 ? 52 : 64, lineHeight: 1.15 }}>{title}</div>
          <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
            <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
              <div style={{ display: "flex", background: "#bbd4ea", color: "#0c2d4a", padding: "6px 16px" }}>{PHASE_LABELS[phase]}</div>
              <div style={{ display: "flex" }}>{time}</div>
            </div>
            <div style={{ display: "flex", color: "#484949" }}>{organisations}</div>
          </div>
        </div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
