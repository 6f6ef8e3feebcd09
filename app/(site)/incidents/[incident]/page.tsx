import { TimelineRoute, timelineMetadata, timelineParams, type TimelineProps } from "./timeline-route";

// The incident's timeline, newest first: the page journalists link to.
export const dynamicParams = false;
export const generateStaticParams = timelineParams;
export const generateMetadata = (props: TimelineProps) => timelineMetadata(props, "newest");

export default function IncidentPage(props: TimelineProps) {
  return <TimelineRoute {...props} order="newest" />;
}
