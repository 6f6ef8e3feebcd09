import { OldestFirstRoute, oldestFirstMetadata, oldestFirstParams, type OldestFirstProps } from "../../timeline-route";

// The timeline oldest first, for people catching up: /oldest-first/ is its first page,
// /oldest-first/2/ the next (lib/timeline.ts).
export const dynamicParams = false;
export const generateStaticParams = oldestFirstParams;
export const generateMetadata = oldestFirstMetadata;

export default function OldestFirstPage(props: OldestFirstProps) {
  return <OldestFirstRoute {...props} />;
}
