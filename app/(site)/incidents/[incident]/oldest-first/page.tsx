import { TimelineRoute, timelineMetadata, timelineParams, type TimelineProps } from "../timeline-route";

// The same timeline oldest first, for people catching up.
export const dynamicParams = false;
export const generateStaticParams = timelineParams;
export const generateMetadata = (props: TimelineProps) => timelineMetadata(props, "oldest");

export default function OldestFirstPage(props: TimelineProps) {
  return <TimelineRoute {...props} order="oldest" />;
}
