/**
 * The layout of a 1200×630 social card, shown when a journalist or resident shares a
 * link. Drawn at build time by satori (lib/social-cards/draw.ts), which understands a
 * subset of CSS: every box is a flex box.
 */
import { BASE_FONT } from "@/lib/social-cards/fonts";

/** What a card shows, as words already chosen for the page it belongs to. */
export interface CardText {
  title: string;
  /** The phase in words ("Investigating"). */
  phase: string;
  time: string;
  organisations: string;
  siteTitle: string;
}

/** Right-to-left when the first letter is in a right-to-left script, as `dir="auto"` decides in a browser. */
export function textDirection(text: string): "rtl" | "ltr" {
  const first = /[\p{L}]/u.exec(text)?.[0];
  return first && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(first) ? "rtl" : "ltr";
}

export function SocialCard({ title, phase, time, organisations, siteTitle }: CardText) {
  const line = (text: string) => ({ display: "flex", direction: textDirection(text) }) as const;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", color: "#0b0c0c", fontSize: 32, fontFamily: BASE_FONT }}>
      <div style={{ ...line(siteTitle), background: "#1d4f91", color: "#ffffff", padding: "28px 56px", fontSize: 36 }}>{siteTitle}</div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "40px 56px", justifyContent: "space-between" }}>
        <div style={{ ...line(title), fontSize: [...title].length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.2 }}>{title}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
          <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
            {phase ? <div style={{ display: "flex", background: "#bbd4ea", color: "#0c2d4a", padding: "6px 16px" }}>{phase}</div> : null}
            <div style={{ display: "flex" }}>{time}</div>
          </div>
          <div style={{ ...line(organisations), color: "#484949" }}>{organisations}</div>
        </div>
      </div>
    </div>
  );
}
