import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate';
import { serializeWorkspace } from '../../core/workspace/parseWorkspace';
import { workspaceFromGraph } from '../../core/workspace/workspace';
import { handlers } from './handlers';
import { graphOf } from './heldGraph';

describe('opening a workspace in the graph worker', () => {
  const graph = generateGraph({ edges: 30, seed: 2 });
  const workspace = { ...workspaceFromGraph(graph, 'g.kg.json'), positions: [{ id: graph.nodes[1]!.id, x: 5, y: -7 }] };
  const bytes = new TextEncoder().encode(serializeWorkspace(workspace));

  it('puts the saved positions on the actors and keeps that very graph for exports', async () => {
    const result = await handlers['parse-workspace']({ bytes: bytes.slice(), hold: 41 });
    if (!result.ok) throw new Error(result.error.join('; '));
    const opened = result.value.graph;
    expect(opened.nodes[1]!.position).toEqual({ x: 5, y: -7 });
    // Actors the workspace does not place keep their own position (none here).
    expect(opened.nodes.filter((n) => n.position !== null).map((n) => n.id)).toEqual([graph.nodes[1]!.id]);
    expect(graphOf({ held: 41 })).toBe(opened);
  });

  it('a broken workspace is refused, and the worker holds no graph any more', async () => {
    await handlers['parse-workspace']({ bytes: bytes.slice(), hold: 42 });
    const broken = new TextEncoder().encode('{"format":"kg-explorer-workspace","version":1,"graph":{}}');
    const result = await handlers['parse-workspace']({ bytes: broken, hold: 43 });
    expect(result.ok).toBe(false);
    expect(() => graphOf({ held: 42 })).toThrow('The graph worker no longer holds graph 42.');
  });
});
