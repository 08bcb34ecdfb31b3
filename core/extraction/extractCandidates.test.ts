import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extractCandidates';
import type { ExtractionResult } from './types';

const extract = (text: string, published: string | null = '2024-03-08'): ExtractionResult =>
  extractCandidates({ title: text.split('\n')[0]!, text, published, url: null, outlet: null });

const actor = (r: ExtractionResult, label: string) => r.actors.find((a) => a.label === label);
const rows = (r: ExtractionResult) => {
  const labels = new Map(r.actors.map((a) => [a.id, a.label]));
  return r.relations.map((x) => `${labels.get(x.source)} ${x.type} ${labels.get(x.target)}`);
};

describe('entities', () => {
  it('resolves capitals, demonyms and possessives to their state, with the QID', () => {
    const r = extract('Minsk and Beijing agreed. Chinese and Belarusian officials spoke. Russia’s envoy left Moscow.');
    expect(actor(r, 'Belarus')).toMatchObject({ type: 'state', qid: 'Q184' });
    expect(actor(r, 'Belarus')!.mentions.map((m) => m.text)).toEqual(['Minsk', 'Belarusian']);
    expect(actor(r, 'China')!.mentions.map((m) => m.text)).toEqual(['Beijing', 'Chinese']);
    expect(actor(r, 'Russia')!.mentions.map((m) => m.text)).toEqual(['Russia', 'Moscow']);
    expect(r.actors.filter((a) => a.type === 'state')).toHaveLength(3);
  });

  it('joins a surname and a titled full name into one person with a country', () => {
    const r = extract('Belarusian President Alexander Lukashenko arrived. Lukashenko said little. Kenyan President William Ruto waited; Ruto left.');
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.label)).toEqual(['Alexander Lukashenko', 'William Ruto']);
    expect(actor(r, 'William Ruto')!.mentions.map((m) => m.text)).toEqual(['Kenyan President William Ruto', 'Ruto']);
    expect(rows(r)).toEqual(['Alexander Lukashenko head_of Belarus', 'William Ruto head_of Kenya']);
  });

  it('reads national bodies, organisations, documents and events', () => {
    const r = extract('The Chinese foreign ministry welcomed NATO’s 12-point position paper on Russia’s invasion of Ukraine.');
    expect(r.actors.map((a) => `${a.type}:${a.label}`)).toEqual([
      'organisation:Chinese foreign ministry',
      'state:China',
      'organisation:NATO',
      'document:12-point position paper',
      'state:Russia',
      'state:Ukraine',
      'event:Russian invasion of Ukraine',
    ]);
    expect(actor(r, 'Russian invasion of Ukraine')!.aliases).toEqual(['Russia’s invasion of Ukraine']);
    expect(rows(r)).toEqual(
      expect.arrayContaining([
        'Chinese foreign ministry member_of China',
        'Chinese foreign ministry endorse 12-point position paper',
        '12-point position paper concerns Russian invasion of Ukraine',
        'Russia invade Ukraine',
      ]),
    );
  });
});

describe('relations', () => {
  it('reads active verbs with their subject and object, vocabulary attached', () => {
    const r = extract('Germany will continue to support Ukraine. Poland condemned Moscow’s decision.');
    expect(rows(r)).toEqual(['Germany pledge_support Ukraine', 'Poland criticise Russia']);
    expect(r.relations[0]).toMatchObject({ cameo: '032', stance: 'cooperative', goldstein: 4.5, trigger: { text: 'support' } });
    expect(r.relations[1]).toMatchObject({ cameo: '111', stance: 'conflictual', goldstein: -2 });
  });

  it('reads "at the invitation of X" and a visit with its host', () => {
    const r = extract('At the invitation of Chinese President Xi Jinping, Kenyan President William Ruto will visit China on Monday.');
    expect(rows(r)).toEqual([
      'Xi Jinping head_of China',
      'William Ruto head_of Kenya',
      'Xi Jinping invite William Ruto',
      'William Ruto visit China',
      'China host_visit William Ruto',
    ]);
    expect(r.relations[3]!.time).toEqual({ start: '2024-03-11', precision: 'day', text: 'on Monday' });
  });

  it('does not take an invitation to visit or a hypothetical for the act', () => {
    expect(rows(extract('Scholz invited Macron to visit Berlin in June.'))).toEqual(['Olaf Scholz invite Emmanuel Macron']);
    expect(rows(extract('Kyiv has expressed concerns that Belarus could support Moscow.'))).toEqual(['Ukraine express_concern Belarus']);
  });

  it('reads coordinated actors, titles of ministers and phone calls', () => {
    const r = extract('Japanese Foreign Minister Yoko Kamikawa held a phone call with her Indian counterpart Subrahmanyam Jaishankar, the Japanese foreign ministry said.');
    expect(rows(r)).toEqual([
      'Yoko Kamikawa head_of Japanese foreign ministry',
      'Japanese foreign ministry member_of Japan',
      'Subrahmanyam Jaishankar member_of India',
      'Yoko Kamikawa phone_call Subrahmanyam Jaishankar',
      'Yoko Kamikawa participates_in Kamikawa–Jaishankar phone call',
      'Subrahmanyam Jaishankar participates_in Kamikawa–Jaishankar phone call',
      'Japanese foreign ministry announces Kamikawa–Jaishankar phone call',
    ]);
    expect(actor(r, 'Kamikawa–Jaishankar phone call')).toMatchObject({ type: 'event', aliases: ['phone call'] });
    expect(rows(extract('Sweden and Finland are members of NATO.'))).toEqual(['Sweden member_of NATO', 'Finland member_of NATO']);
    expect(rows(extract('Chile shares a border with Peru and Bolivia.'))).toEqual(['Chile borders Peru', 'Chile borders Bolivia']);
  });

  it('quotes the sentence as evidence with offsets into the text', () => {
    const text = 'Headline\nIndia sanctioned Pakistan. Egypt thanked Jordan.';
    const r = extract(text);
    for (const rel of r.relations) {
      expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
      expect(text.slice(rel.trigger.start, rel.trigger.end)).toBe(rel.trigger.text);
    }
    expect(r.relations.map((x) => x.evidence.text)).toEqual(['India sanctioned Pakistan.', 'Egypt thanked Jordan.']);
  });
});
