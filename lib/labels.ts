/**
 * The words the site shows for statuses and phases in its default English: adjectives a
 * resident understands, the same on every page, the board, the timeline and the feeds.
 * They live in the English message table (lib/i18n/messages/en.ts) with every other
 * interface string; each language's table has its own.
 */
import { en } from "./i18n/messages/en";

export const STATUS_LABELS = en.statuses;
export const PHASE_LABELS = en.phases;
/** What each phase means, for the timeline's explanation. */
export const PHASE_DESCRIPTIONS = en.phaseDescriptions;
/** "4 services unavailable, 2 with problems" for the board's summary line. */
export const boardSummary = en.boardSummary;
