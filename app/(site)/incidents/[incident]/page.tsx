import { TimelineRoute, timelineMetadata, timelineParams, type TimelineProps } from "./timeline-route";

// The incident's page, latest updates first: the page journalists link to.
export const dynamicParams = false;
export const generateStaticParams = timelineParams;
export const generateMetadata = timelineMetadata;

export default function IncidentPage(props: TimelineProps) {
  return <TimelineRoute {...props} />;
}
