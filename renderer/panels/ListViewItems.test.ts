import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, computeVisible } from '../../core/filter/filters';
import { buildGraphIndex } from '../../core/graph/graphIndex';
import { neighbourhood, seedsOf } from '../../core/graph/neighbourhood';
import { parseGraphText } from '../../core/io/nativeFormat';
import graphText from '../../data/belarus-china.kg.json?raw';
import { actorItems, relationItems, shortSpan } from './ListViewItems';

const parsed = parseGraphText(graphText);
if (!parsed.ok) throw new Error(parsed.error.join('\n'));
const index = buildGraphIndex(parsed.value);
const all = computeVisible(index, DEFAULT_FILTERS);

describe('list view items', () => {
  it('lists every visible actor, sorted by label, named with its type', () => {
    const items = actorItems(index, all.nodes);
    expect(items).toHaveLength(21);
    expect(items.slice(0, 4).map((i) => i.label)).toEqual([
      'Alexander Lukashenko',
      'Belarus',
      'Belarusian volunteer military force',
      'China',
    ]);
    expect(items[3]).toMatchObject({ kind: 'node', id: expect.any(String), name: 'China, State', detail: 'State', key: 'china' });
  });

  it('names a relation "Source — type → Target, stance, date", mutual ties with ↔', () => {
    const items = relationItems(index, all.edges);
    expect(items).toHaveLength(49);
    expect(items.map((i) => i.name)).toContain('China — Strategic partnership ↔ Belarus, cooperative, 2022-09');
    expect(items.map((i) => i.name)).toContain('Alexander Lukashenko — Visits → China, cooperative, 2023-02-28 – 2023-03-02');
    const labels = items.map((i) => i.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('follows the visible set: filters and focus', () => {
    const china = [...index.nodesById.values()].find((n) => n.label === 'China')!;
    const focus = neighbourhood(index, all, seedsOf(index, { kind: 'node', id: china.id }), 1);
    expect(actorItems(index, focus.nodes).length).toBe(focus.nodes.size);
    expect(relationItems(index, focus.edges).length).toBe(focus.edges.size);
    expect(actorItems(index, new Set())).toEqual([]);
  });

  it('says when in short', () => {
    expect(shortSpan(null)).toBe('undated');
    expect(shortSpan({ start: '2022-09', precision: 'month' })).toBe('2022-09');
    expect(shortSpan({ start: '2023-02-28', end: '2023-03-02', precision: 'day' })).toBe('2023-02-28 – 2023-03-02');
  });
});
