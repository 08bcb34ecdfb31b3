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
