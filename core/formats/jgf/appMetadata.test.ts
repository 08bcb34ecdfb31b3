import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertDirectPath, keyChanges, withChanges } from '../../testing/directPath';
import { unflattenEdge, unflattenNode, userAttributeKey, type Notes } from '../flatAttributes';
import { FlatValues } from '../flatValues';
import { relationTypeLabel } from '../../model/vocabulary';
import { edgeFromAppObject, nodeFromAppObject } from './appMetadata';
import { addNullAttributes, metadataValues } from './metadataValues';

// The direct path must give what the general path (readJgf.ts's steps, repeated here) gives, or step
// aside: objects start from what the app writes and get random metadata keys of every kind.
const TEXTS = ['', 'A', 'head_of', 'Head Of', 'Leads', 'neutral', 'cooperative', 'person', 'Q1', '2020', '2020-01-02', 'day', '[]', '["b"]', '[{"sourceId":"s","quote":"q","start":0,"end":1}]'];
const VALUE = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXTS), weight: 6 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true })), weight: 2 },
  { arbitrary: fc.constantFrom(['a', '', 1], { a: 1 }, { x: 1, y: 2 }, { start: '2020', precision: 'year', text: 5 }, { w: null, v: 'x' }), weight: 2 },
);
const OTHER_KEYS = ['id', 'label', 'x', 'attr.x', 'weight', '1', 'directed', 'relation'];
const NODE_KEYS = ['type', 'aliases', 'qid', 'description', 'time', 'position', 'attributes'];
const EDGE_KEYS = ['cameo', 'goldstein', 'stance', 'confidence', 'evidence', 'note', 'time', 'attributes'];

describe('JGF elements as this app writes them, built directly', () => {
  it('a node: the general path’s result without any note, or null', () => {
    assertDirectPath(fc.tuple(keyChanges(NODE_KEYS, [...OTHER_KEYS, 'evidence'], VALUE), fc.constantFrom<unknown>('Ann', '', undefined), fc.constantFrom<unknown>(undefined, 'person', 'thing'), fc.boolean()), ([list, label, type, typed]) => {
      // The type in metadata, as the app writes it, or only beside the label, as the spec's examples do.
      const node = { label, type, metadata: withChanges(typed ? { type: 'person' } : {}, list) };
      const built = nodeFromAppObject(node, 'n1');
      const notes: Notes = new Map();
      const values = new FlatValues();
      const nulls: string[] = [];
      metadataValues(node.metadata, 'node', 'n1', notes, values, nulls);
      if (typeof label === 'string') values.set('label', label);
      if (!values.has('type') && typeof type === 'string') values.set('type', type);
      const general = addNullAttributes(unflattenNode('n1', values, notes), nulls);
      return { built, general, notes };
    });
  });

  it('an edge: the general path’s result without any note, or null', () => {
    assertDirectPath(fc.tuple(keyChanges(EDGE_KEYS, [...OTHER_KEYS, 'position', 'aliases'], VALUE), fc.constantFrom<unknown>('head_of', 'Head Of', ''), fc.constantFrom<unknown>(undefined, 'Leads', 'other', null)), ([list, relation, label]) => {
      const edge = { relation, label, metadata: withChanges({ stance: 'neutral', confidence: 0.5 }, list) };
      const built = edgeFromAppObject(edge, 'e1', 'n1', 'n2', true);
      const notes: Notes = new Map();
      const values = new FlatValues();
      const nulls: string[] = [];
      metadataValues(edge.metadata, 'edge', 'e1', notes, values, nulls);
      if (typeof relation === 'string' && relation !== '') {
        values.set('type', relation);
        if (typeof label === 'string' && label !== relation && label !== relationTypeLabel(relation)) values.set(userAttributeKey('label'), label);
      } else if (typeof label === 'string') values.set('type', label);
      const general = addNullAttributes(unflattenEdge('e1', 'n1', 'n2', values, true, notes), nulls);
      return { built, general, notes };
    });
  });
});
