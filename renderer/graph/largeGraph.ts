import { currentDrawLimit, type DrawLimit } from './drawLimit';

/**
 * Thresholds for the big-graph path. Below them the article-sized graphs keep fCoSE's quality and
 * every detail; above them the page must stay responsive first (issue 5: 10k actors, 100k relations).
 */
const LARGE_GRAPH_RELATIONS = 5000;
const LARGE_GRAPH_ACTORS = 2000;
/** fCoSE on the page's thread: about 2.5 s at 1,000 actors / 5,000 relations on a 2-core machine. */
const BACKGROUND_LAYOUT_ACTORS = 400;
const BACKGROUND_LAYOUT_RELATIONS = 1500;

export function isLargeGraph(actors: number, relations: number): boolean {
  return actors > LARGE_GRAPH_ACTORS || relations > LARGE_GRAPH_RELATIONS;
}

export function usesBackgroundLayout(actors: number, relations: number): boolean {
  return actors > BACKGROUND_LAYOUT_ACTORS || relations > BACKGROUND_LAYOUT_RELATIONS;
}

/**
 * Does the canvas draw this many visible actors and relations on its own? cytoscape.js adds,
 * styles and first draws a graph in one task that held the window about 3 s at 10,000 relations and
 * 11 s at 100,000 here, as it does alone with the same elements. Like Cytoscape desktop's view
 * threshold, a bigger graph opens with its lists, search, filters, metrics and exports, and the
 * canvas draws what the filters and focus leave once that is within the limit (a preference,
 * 10,000 relations and 5,000 actors by default: drawLimit.ts), or everything when the analyst asks.
 */
export function drawsAutomatically(actors: number, relations: number, limit: DrawLimit = currentDrawLimit()): boolean {
  return actors <= limit.actors && relations <= limit.relations;
}
