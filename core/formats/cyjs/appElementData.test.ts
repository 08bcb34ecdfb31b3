import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertDirectPath, keyChanges, withChanges } from '../../testing/directPath';
import { unflattenEdge, unflattenNode, type Notes } from '../flatAttributes';
import { FlatValues } from '../flatValues';
import { edgeFromAppData, nodeFromAppData } from './appElementData';
import { elementValues, withNullAttributes } from './elementValues';

// The direct path must give what the general path gives, or step aside: data start from what the app
// writes and get random keys of every kind (the model's, Desktop's, user attributes) with random values.
const TEXTS = ['', 'A', 'head_of', 'Head Of', 'neutral', 'cooperative', 'person', 'Q1', '2020', '2020-01-02', 'day', '[]', '[{"sourceId":"s","quote":"q","start":0,"end":1}]', '["b"]', '{'];
const VALUE = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXTS), weight: 6 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true })), weight: 2 },
  { arbitrary: fc.constantFrom(['a', '', 1], { a: 1 }), weight: 1 },
);
const OTHER_KEYS = ['id', 'source', 'target', 'SUID', 'shared_name', 'selected', 'parent', 'x', 'y', 'attr.x', 'weight', '1'];
const TIME_KEYS = ['time_start', 'time_end', 'time_precision', 'time_text'];
const NODE_KEYS = ['name', 'label', 'type', 'aliases', 'qid', 'description', ...TIME_KEYS];
const EDGE_KEYS = ['interaction', 'type', 'directed', 'cameo', 'goldstein', 'stance', 'confidence', 'evidence', 'note', 'name', ...TIME_KEYS];

describe('Cytoscape.js elements as this app writes them, built directly', () => {
  it('a node: the general path’s result without any note, or null', () => {
    assertDirectPath(fc.tuple(keyChanges(NODE_KEYS, [...OTHER_KEYS, 'interaction', 'evidence'], VALUE), fc.option(fc.record({ x: VALUE, y: VALUE })), fc.boolean()), ([list, position, named]) => {
      // Desktop's `name` beside the label, as the app writes it, or the label alone.
      const data = withChanges(named ? { id: 'n1', name: 'Ann', label: 'Ann', type: 'person' } : { id: 'n1', label: 'Ann', type: 'person' }, list);
      const built = nodeFromAppData(data, position, 'n1');
      const notes: Notes = new Map();
      const values = new FlatValues();
      const nullKeys: string[] = [];
      elementValues(data, 'node', 'n1', notes, values, nullKeys);
      if (position && typeof position.x === 'number' && typeof position.y === 'number') values.set('x', position.x).set('y', position.y);
      const general = withNullAttributes(unflattenNode('n1', values, notes), nullKeys);
      return { built, general, notes };
    });
  });

  it('an edge: the general path’s result without any note, or null', () => {
    assertDirectPath(keyChanges(EDGE_KEYS, [...OTHER_KEYS, 'label', 'aliases'], VALUE), (list) => {
      const data = withChanges({ id: 'e1', source: 'n1', target: 'n2', interaction: 'head_of', directed: true, stance: 'neutral', confidence: 0.5 }, list);
      const built = edgeFromAppData(data, 'e1', 'n1', 'n2');
      const notes: Notes = new Map();
      const values = new FlatValues();
      const nullKeys: string[] = [];
      elementValues(data, 'edge', 'e1', notes, values, nullKeys);
      const general = withNullAttributes(unflattenEdge('e1', 'n1', 'n2', values, true, notes), nullKeys);
      return { built, general, notes };
    });
  });
});
