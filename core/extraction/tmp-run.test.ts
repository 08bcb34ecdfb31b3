import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractCandidates } from './extractCandidates';
it('x', () => {
  const g = JSON.parse(readFileSync('data/belarus-china.kg.json', 'utf8'));
  const s = g.sources[0];
  const r = extractCandidates({ title: s.title, text: s.text, published: s.published, url: null, outlet: null });
  const lab = new Map(r.actors.map((a) => [a.id, a.label]));
  console.log(r.actors.map((a) => `${a.type}:${a.label} [${a.aliases.join('; ')}]`).join('\n'));
  console.log(r.relations.map((x) => `${lab.get(x.source)} -${x.type}-> ${lab.get(x.target)}  | ${x.trigger.text} | ${x.time?.start ?? ''}`).join('\n'));
});
