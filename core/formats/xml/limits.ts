/**
 * Limits of the XML reader. A graph file never comes near them; a hostile file meets them before it
 * can cost time or memory out of proportion to its size.
 */

/** GraphML nests graphml > graph > node > data > y:ShapeNode > y:NodeLabel: six levels. */
export const MAX_XML_DEPTH = 100;

/**
 * Character references (&#…;) one file may hold. Each one costs the decoder a little work and the
 * file at least four bytes, so the cap bounds the work; a real graph file has far fewer (our writers
 * use them only for tab, line feed and carriage return inside attribute values).
 */
export const MAX_CHARACTER_REFERENCES = 1_000_000;
