// Builds the bundled graph data/belarus-china.kg.json from data/belarus-china-article.txt.
//
//   node scripts/curate-article-graph.mjs                 write the JSON
//   node scripts/curate-article-graph.mjs --check         exit 1 if the committed files differ
//   node scripts/curate-article-graph.mjs --from-raw FILE also rebuild the article text from the
//                                                         raw web page (boilerplate dropped)
//
// Evidence offsets are never typed by hand: each quote is located with indexOf and must be unique in
// the article unless the occurrence is given. Relation types take cameo/goldstein/stance from
// core/model/vocabulary.ts (transpiled on the fly, it has no imports), so they cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const ARTICLE = new URL('data/belarus-china-article.txt', root);
const GRAPH = new URL('data/belarus-china.kg.json', root);
const SOURCE_ID = 'belarus-china-2023-02-25';

// ---------------------------------------------------------------------------------------------
// Article text

/** Lines of the web page that are not the article. */
const BOILERPLATE = [
  /^World$/, // section name, kept in source.section
  /^For all the latest headlines, follow our Google News channel/, // promo
  /^Leave a Reply$/,
  /^Your email address will not be published/,
  /^Trending$/,
  /^Exit mobile version$/,
];

/** Drops boilerplate lines and collapses blank runs; changes no character of the kept lines. */
export function cleanArticle(raw) {
  const kept = raw.split('\n').filter((line) => !BOILERPLATE.some((re) => re.test(line)));
  const out = [];
  for (const line of kept) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

async function loadVocabulary() {
  const source = readFileSync(new URL('core/model/vocabulary.ts', root), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
  return mod.RELATION_TYPES;
}

// ---------------------------------------------------------------------------------------------
// Times used by several relations (text = the words of the article that give the time)

const day = (start, text, end) => ({ start, ...(end ? { end } : {}), precision: 'day', text });
const T = {
  visit: day('2023-02-28', 'from February 28 to March 2', '2023-03-02'),
  saturday: day('2023-02-25', 'Saturday'),
  call: day('2023-02-24', 'on Friday'),
  paper: day('2023-02-24', 'On Friday'),
  samarkand: { start: '2022-09', precision: 'month', text: 'In September last year' },
  lastYear: { start: '2022', precision: 'year', text: 'last year' },
  invasion: day('2022-02-24', 'first anniversary of Russia’s invasion of Ukraine'),
};

const INVASION_DATE_NOTE =
  'Start date derived, not stated: the paper released "On Friday" (24 February 2023) is "timed to coincide with the first anniversary" of the invasion, so it began on 24 February 2022.';

// ---------------------------------------------------------------------------------------------
// Nodes

const node = (id, label, type, { aliases = [], qid = null, description, time = null, attributes = {} }) => ({
  id,
  label,
  type,
  aliases,
  qid,
  description,
  time,
  position: null,
  attributes,
});

const NODES = [
  // States (capitals used as metonyms are aliases, never nodes)
  node('china', 'China', 'state', {
    aliases: ['Beijing', "People's Republic of China", 'Chinese'],
    qid: 'Q148',
    description: 'East Asian state whose foreign ministry announced Lukashenko’s state visit.',
  }),
  node('belarus', 'Belarus', 'state', {
    aliases: ['Minsk', 'Belarusian'],
    qid: 'Q184',
    description: 'Eastern European state bordering Russia and Ukraine and dependent on Russia.',
  }),
  node('russia', 'Russia', 'state', {
    aliases: ['Moscow', 'Russian'],
    qid: 'Q159',
    description: 'State that invaded Ukraine in February 2022, launching the attack partly from Belarus.',
  }),
  node('ukraine', 'Ukraine', 'state', {
    aliases: ['Kyiv'],
    qid: 'Q212',
    description: 'State invaded by Russia in February 2022.',
  }),
  node('uzbekistan', 'Uzbekistan', 'state', {
    aliases: ['Uzbek'],
    qid: 'Q265',
    description: 'Central Asian state in which the city of Samarkand lies.',
  }),
  // Persons
  node('lukashenko', 'Alexander Lukashenko', 'person', {
    aliases: ['Lukashenko', 'President of Belarus', 'Belarusian President', 'Belarus president'],
    qid: 'Q2866',
    description: 'President of Belarus and a close ally of Vladimir Putin.',
  }),
  node('putin', 'Vladimir Putin', 'person', {
    aliases: ['Putin', 'Russian President'],
    qid: 'Q7747',
    description: 'President of Russia.',
  }),
  node('xi-jinping', 'Xi Jinping', 'person', {
    aliases: ['Xi', 'Chinese President'],
    qid: 'Q15031',
    description: 'President of China, who invited Lukashenko for a state visit.',
  }),
  node('qin-gang', 'Qin Gang', 'person', {
    aliases: ['Qin', 'Chinese Foreign Minister'],
    description: 'Foreign Minister of China at the time of the article.',
  }),
  node('sergei-aleinik', 'Sergei Aleinik', 'person', {
    aliases: ['Aleinik'],
    description: 'Belarusian counterpart of China’s foreign minister Qin Gang, i.e. Belarus’s foreign minister.',
  }),
  node('hua-chunying', 'Hua Chunying', 'person', {
    description: 'Chinese spokesperson who announced Lukashenko’s state visit.',
  }),
  // Organisations and groups
  node('chinese-foreign-ministry', 'Chinese foreign ministry', 'organisation', {
    aliases: ["Ministry of Foreign Affairs of the People's Republic of China", 'Chinese Foreign Ministry'],
    description: 'Ministry of Foreign Affairs of China, led by Qin Gang.',
  }),
  node('belarus-volunteer-force', 'Belarusian volunteer military force', 'organisation', {
    aliases: ['100,000-150,000 strong volunteer military force', 'volunteer military force'],
    description: 'Volunteer military force of 100,000–150,000 that Belarus said it would form.',
  }),
  node('external-forces', 'External forces', 'group', {
    description: 'Unnamed outside actors that China says try to interfere in Belarus’s affairs and sanction it.',
  }),
  // Document and place
  node('position-paper', 'China’s 12-point position paper', 'document', {
    aliases: ['peace plan', '12-point position paper', 'China peace plan', 'position paper'],
    description: 'Chinese paper on the war in Ukraine, released on 24 February 2023, calling for peace talks.',
  }),
  node('samarkand', 'Samarkand', 'place', {
    qid: 'Q5753',
    description: 'City in Uzbekistan where Xi and Lukashenko met in September 2022.',
  }),
  // Events
  node('lukashenko-state-visit-china', 'Lukashenko’s state visit to China', 'event', {
    aliases: ['state visit'],
    description: 'State visit of Alexander Lukashenko to China at Xi Jinping’s invitation, 28 February – 2 March 2023.',
    time: T.visit,
  }),
  node('qin-aleinik-phone-call', 'Qin–Aleinik phone call', 'event', {
    aliases: ['phone conversation'],
    description: 'Phone conversation of the Chinese and Belarusian foreign ministers on 24 February 2023.',
    time: T.call,
  }),
  node('samarkand-meeting', 'Xi–Lukashenko meeting in Samarkand', 'event', {
    description: 'Meeting of Xi and Lukashenko in Samarkand in September 2022, where they announced an “all-weather” strategic partnership.',
    time: T.samarkand,
  }),
  node('russia-ukraine-war', 'Russian invasion of Ukraine', 'event', {
    aliases: ['the conflict', 'Ukraine crisis', 'war effort', 'war in Ukraine', 'Russia’s invasion of Ukraine'],
    description:
      'War begun by Russia’s invasion of Ukraine on 24 February 2022 (date derived from the paper’s release on its first anniversary, Friday 24 February 2023).',
    time: T.invasion,
    attributes: { timeBasis: INVASION_DATE_NOTE },
  }),
  node('peace-talks', 'Russia–Ukraine peace talks', 'event', {
    aliases: ['urgent peace talks', 'political settlement', 'direct dialogue', 'talks'],
    description: 'Peace talks on the Ukraine crisis called for by China’s position paper; not yet held.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Edges. ev: [quote] or [quote, occurrence]; confidence: 1 plainly stated, 0.9 reported speech,
// 0.8 implied, 0.5 "Read more" headlines (a headline only, no article behind it here).

const READ_MORE_NOTE = 'From a "Read more" headline only: the linked article is not part of the source.';

const EDGES = [
  // --- Roles
  { s: 'lukashenko', t: 'head_of', o: 'belarus', c: 1, ev: [['Belarusian President Alexander Lukashenko'], ['President of Belarus Alexander Lukashenko']] },
  { s: 'putin', t: 'head_of', o: 'russia', c: 1, ev: [['Russian President Vladimir Putin']] },
  { s: 'xi-jinping', t: 'head_of', o: 'china', c: 1, ev: [['Chinese President Xi Jinping']] },
  { s: 'qin-gang', t: 'head_of', o: 'chinese-foreign-ministry', c: 1, ev: [['Chinese Foreign Minister Qin Gang']] },
  { s: 'chinese-foreign-ministry', t: 'member_of', o: 'china', c: 1, ev: [['the Chinese foreign ministry said Saturday']] },
  {
    s: 'hua-chunying', t: 'member_of', o: 'chinese-foreign-ministry', c: 0.8,
    ev: [['spokesperson Hua Chunying said']],
    note: 'Implied: the article calls her "spokesperson" right after the ministry’s announcement without naming her employer.',
  },
  {
    s: 'sergei-aleinik', t: 'member_of', o: 'belarus', c: 1,
    ev: [['his Belarusian counterpart Sergei Aleinik']],
    note: 'Counterpart of the Chinese foreign minister, so Belarus’s foreign minister; his ministry is not named.',
  },

  // --- The state visit
  {
    s: 'lukashenko', t: 'visit', o: 'china', c: 0.9, time: T.visit,
    ev: [
      ['Lukashenko, close ally of Russia’s Putin, to visit China'],
      ['Belarusian President Alexander Lukashenko will visit China on February 28 for a state visit'],
      ['President of Belarus Alexander Lukashenko will pay a state visit to China from February 28 to March 2'],
    ],
    note: 'Announced by the Chinese foreign ministry; the visit was still to come at publication.',
  },
  {
    s: 'china', t: 'host_visit', o: 'lukashenko', c: 0.9, time: T.visit,
    ev: [['President of Belarus Alexander Lukashenko will pay a state visit to China from February 28 to March 2']],
  },
  { s: 'xi-jinping', t: 'invite', o: 'lukashenko', c: 0.9, ev: [['At the invitation of Chinese President Xi Jinping']] },
  {
    s: 'lukashenko', t: 'participates_in', o: 'lukashenko-state-visit-china', c: 0.9, time: T.visit,
    ev: [['President of Belarus Alexander Lukashenko will pay a state visit to China from February 28 to March 2']],
  },
  {
    s: 'xi-jinping', t: 'participates_in', o: 'lukashenko-state-visit-china', c: 0.8, time: T.visit,
    ev: [['At the invitation of Chinese President Xi Jinping, President of Belarus Alexander Lukashenko will pay a state visit to China']],
    note: 'Implied: Xi invited Lukashenko and is his host; the article does not describe the visit’s programme.',
  },
  {
    s: 'lukashenko-state-visit-china', t: 'located_in', o: 'china', c: 0.9, time: T.visit,
    ev: [['will pay a state visit to China']],
  },
  {
    s: 'chinese-foreign-ministry', t: 'announces', o: 'lukashenko-state-visit-china', c: 1, time: T.saturday,
    ev: [['Belarusian President Alexander Lukashenko will visit China on February 28 for a state visit, the Chinese foreign ministry said Saturday.']],
  },
  {
    s: 'hua-chunying', t: 'announces', o: 'lukashenko-state-visit-china', c: 1,
    ev: [['“At the invitation of Chinese President Xi Jinping, President of Belarus Alexander Lukashenko will pay a state visit to China from February 28 to March 2,” spokesperson Hua Chunying said.']],
  },

  // --- The phone call of the foreign ministers and what China said in it
  {
    s: 'qin-gang', t: 'phone_call', o: 'sergei-aleinik', c: 0.9, time: T.call,
    ev: [['Chinese Foreign Minister Qin Gang told his Belarusian counterpart Sergei Aleinik that Beijing is willing to work with Minsk to deepen mutual political trust during a phone conversation on Friday']],
  },
  {
    s: 'qin-gang', t: 'participates_in', o: 'qin-aleinik-phone-call', c: 0.9, time: T.call,
    ev: [['Chinese Foreign Minister Qin Gang told his Belarusian counterpart Sergei Aleinik that Beijing is willing to work with Minsk to deepen mutual political trust during a phone conversation on Friday']],
  },
  {
    s: 'sergei-aleinik', t: 'participates_in', o: 'qin-aleinik-phone-call', c: 0.9, time: T.call,
    ev: [['Chinese Foreign Minister Qin Gang told his Belarusian counterpart Sergei Aleinik that Beijing is willing to work with Minsk to deepen mutual political trust during a phone conversation on Friday']],
  },
  {
    s: 'chinese-foreign-ministry', t: 'announces', o: 'qin-aleinik-phone-call', c: 1,
    ev: [['during a phone conversation on Friday, the Chinese foreign ministry said in a statement.']],
  },
  {
    s: 'china', t: 'intend_to_cooperate', o: 'belarus', c: 0.9, time: T.call,
    ev: [['Beijing is willing to work with Minsk to deepen mutual political trust']],
    note: 'Said by Qin Gang to Aleinik, as reported by the Chinese foreign ministry.',
  },
  {
    s: 'china', t: 'pledge_support', o: 'belarus', c: 0.9, time: T.call,
    ev: [['China will also continue to support Belarus in maintaining its national stability']],
    note: 'Said by Qin Gang to Aleinik ("Qin told Aleinik").',
  },
  {
    s: 'china', t: 'oppose', o: 'external-forces', c: 0.9, time: T.call,
    ev: [['will oppose attempts by “external forces” to interfere in its internal affairs or impose “illegal” unilateral sanctions on Minsk']],
    note: 'Said by Qin Gang to Aleinik ("Qin told Aleinik").',
  },
  {
    s: 'external-forces', t: 'sanction', o: 'belarus', c: 0.6,
    ev: [['impose “illegal” unilateral sanctions on Minsk']],
    note: 'Implied, from China’s words only: the article neither names the "external forces" nor says which sanctions are in force.',
  },

  // --- Samarkand, September 2022
  {
    s: 'china', t: 'strategic_partnership', o: 'belarus', c: 1, time: T.samarkand, directed: false,
    ev: [['Xi and Lukashenko announced an “all-weather” strategic partnership']],
    note: 'Announced by the two heads of state; modelled between the states they lead.',
    attributes: { qualifier: 'all-weather' },
  },
  {
    s: 'xi-jinping', t: 'meet', o: 'lukashenko', c: 1, time: T.samarkand,
    ev: [['when the two met in the Uzbek city of Samarkand']],
  },
  {
    s: 'xi-jinping', t: 'participates_in', o: 'samarkand-meeting', c: 1, time: T.samarkand,
    ev: [['Xi and Lukashenko announced an “all-weather” strategic partnership, when the two met in the Uzbek city of Samarkand']],
  },
  {
    s: 'lukashenko', t: 'participates_in', o: 'samarkand-meeting', c: 1, time: T.samarkand,
    ev: [['Xi and Lukashenko announced an “all-weather” strategic partnership, when the two met in the Uzbek city of Samarkand']],
  },
  { s: 'samarkand-meeting', t: 'located_in', o: 'samarkand', c: 1, time: T.samarkand, ev: [['met in the Uzbek city of Samarkand']] },
  { s: 'samarkand', t: 'located_in', o: 'uzbekistan', c: 1, ev: [['the Uzbek city of Samarkand']] },

  // --- Belarus and Russia
  {
    s: 'lukashenko', t: 'ally', o: 'putin', c: 1,
    ev: [['Lukashenko, close ally of Russia’s Putin'], ['Lukashenko is a close ally of Russian President Vladimir Putin']],
    note: 'Directed: the article calls Lukashenko Putin’s ally, not the reverse, and Belarus depends on Russia.',
    attributes: { qualifier: 'close' },
  },
  {
    s: 'lukashenko', t: 'endorse', o: 'russia', c: 1,
    ev: [['Lukashenko is a close ally of Russian President Vladimir Putin and has backed Moscow’s invasion of Ukraine']],
    note: 'He backed Russia’s invasion of Ukraine.',
  },
  {
    s: 'belarus', t: 'depends_on', o: 'russia', c: 1,
    ev: [['with Belarus dependent on its neighbor both financially and politically']],
    attributes: { aspects: 'financial, political' },
  },
  { s: 'belarus', t: 'borders', o: 'ukraine', c: 1, directed: false, ev: [['Belarus, which shares a border with Ukraine and Russia']] },
  { s: 'belarus', t: 'borders', o: 'russia', c: 1, directed: false, ev: [['Belarus, which shares a border with Ukraine and Russia']] },
  {
    s: 'belarus', t: 'military_cooperation', o: 'russia', c: 1, time: T.lastYear,
    ev: [['Belarus, which shares a border with Ukraine and Russia, allowed Moscow to use its territory to launch its attack on Ukraine last year.']],
    note: 'Belarus let Russia use its territory to launch the attack on Ukraine.',
  },

  // --- The war
  {
    s: 'russia', t: 'invade', o: 'ukraine', c: 1, time: T.invasion,
    ev: [['Moscow’s invasion of Ukraine'], ['launch its attack on Ukraine last year'], ['Russia’s invasion of Ukraine']],
    note: INVASION_DATE_NOTE,
  },
  {
    s: 'russia', t: 'participates_in', o: 'russia-ukraine-war', c: 1, time: T.invasion,
    ev: [['Russia’s invasion of Ukraine'], ['support Moscow in its war effort']],
    note: INVASION_DATE_NOTE,
  },
  {
    s: 'ukraine', t: 'participates_in', o: 'russia-ukraine-war', c: 1, time: T.invasion,
    ev: [['Russia’s invasion of Ukraine'], ['the Ukraine crisis']],
    note: INVASION_DATE_NOTE,
  },
  {
    s: 'ukraine', t: 'express_concern', o: 'belarus', c: 1,
    ev: [['Kyiv has expressed concerns that Belarus could again support Moscow in its war effort']],
  },

  // --- China's position paper
  { s: 'china', t: 'issues', o: 'position-paper', c: 1, time: T.paper, ev: [['On Friday, China released a 12-point position paper on the conflict']] },
  { s: 'position-paper', t: 'concerns', o: 'russia-ukraine-war', c: 1, ev: [['a 12-point position paper on the conflict']] },
  {
    s: 'position-paper', t: 'appeal_to_negotiate', o: 'peace-talks', c: 1, time: T.paper,
    ev: [['calling for urgent peace talks and a “political settlement” to the Ukraine crisis']],
    note: 'The target is the talks called for; the parties addressed are on the appeals to Russia and Ukraine.',
  },
  {
    s: 'position-paper', t: 'appeal_to_negotiate', o: 'russia', c: 1, time: T.paper,
    ev: [['support Russia and Ukraine in working in the same direction and resuming direct dialogue as quickly as possible.']],
    note: 'The paper urges all parties to support Russia and Ukraine in resuming direct dialogue.',
  },
  {
    s: 'position-paper', t: 'appeal_to_negotiate', o: 'ukraine', c: 1, time: T.paper,
    ev: [['support Russia and Ukraine in working in the same direction and resuming direct dialogue as quickly as possible.']],
    note: 'The paper urges all parties to support Russia and Ukraine in resuming direct dialogue.',
  },

  // --- "Read more" headlines (lower confidence)
  {
    s: 'belarus', t: 'mobilise_forces', o: 'belarus-volunteer-force', c: 0.5,
    ev: [['Belarus to form 100,000-150,000 strong volunteer military force']], note: READ_MORE_NOTE,
  },
  {
    s: 'belarus', t: 'intend_military_cooperation', o: 'russia', c: 0.5,
    ev: [['Belarus will fight alongside ally Russia only if attacked: President']],
    note: `${READ_MORE_NOTE} Conditional: only if Belarus is attacked.`,
    attributes: { condition: 'only if attacked' },
  },
  {
    s: 'belarus', t: 'ally', o: 'russia', c: 0.5, directed: false,
    ev: [['Belarus will fight alongside ally Russia']], note: READ_MORE_NOTE,
  },
  {
    s: 'russia', t: 'endorse', o: 'position-paper', c: 0.5,
    ev: [['Russia welcomes China peace plan']], note: READ_MORE_NOTE,
  },
  {
    s: 'russia', t: 'open_to_talks', o: 'peace-talks', c: 0.5,
    ev: [['Russia welcomes China peace plan, says it is open to talks']], note: READ_MORE_NOTE,
  },
];

// ---------------------------------------------------------------------------------------------

function locate(text, quote, occurrence) {
  const starts = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`quote not found: ${quote}`);
  if (occurrence === undefined && starts.length > 1) {
    throw new Error(`quote occurs ${starts.length} times, give the occurrence: ${quote}`);
  }
  const start = starts[occurrence ?? 0];
  if (start === undefined) throw new Error(`quote has no occurrence ${occurrence}: ${quote}`);
  return { sourceId: SOURCE_ID, quote, start, end: start + quote.length };
}

export function buildGraph(text, vocabulary) {
  const title = text.slice(0, text.indexOf('\n')).trim();
  const nodeIds = new Set(NODES.map((n) => n.id));
  const edges = EDGES.map((e) => {
    const info = vocabulary[e.t];
    if (!info) throw new Error(`unknown relation type ${e.t}`);
    for (const id of [e.s, e.o]) if (!nodeIds.has(id)) throw new Error(`unknown node ${id}`);
    return {
      id: `e-${e.s}-${e.t}-${e.o}`,
      source: e.s,
      target: e.o,
      type: e.t,
      directed: e.directed ?? true,
      cameo: info.cameo,
      goldstein: info.goldstein,
      stance: info.stance,
      time: e.time ?? null,
      confidence: e.c,
      evidence: e.ev.map(([quote, occurrence]) => locate(text, quote, occurrence)),
      note: e.note ?? null,
      attributes: e.attributes ?? {},
    };
  });
  return {
    format: 'kg-explorer-graph',
    version: 2,
    meta: {
      title: 'Belarus, Russia and China: Lukashenko’s state visit (February 2023)',
      description:
        'Actors and relations stated in one news article of 25 February 2023: Lukashenko’s state visit to China, the China–Belarus “all-weather” partnership, Belarus’s alliance with Russia in the war on Ukraine, and China’s 12-point position paper.',
    },
    sources: [
      { id: SOURCE_ID, title, section: 'World', outlet: null, published: '2023-02-25', url: null, text },
    ],
    nodes: NODES,
    edges,
  };
}

async function main(args) {
  const check = args.includes('--check');
  const rawIndex = args.indexOf('--from-raw');
  const expected = new Map();
  const text = rawIndex === -1 ? readFileSync(ARTICLE, 'utf8') : cleanArticle(readFileSync(args[rawIndex + 1], 'utf8'));
  if (rawIndex !== -1) expected.set(ARTICLE, text);
  expected.set(GRAPH, `${JSON.stringify(buildGraph(text, await loadVocabulary()), null, 2)}\n`);
  let stale = false;
  for (const [url, content] of expected) {
    if (check) {
      let current = null;
      try {
        current = readFileSync(url, 'utf8');
      } catch {
        current = null;
      }
      if (current !== content) {
        console.error(`stale: ${url.pathname}`);
        stale = true;
      }
    } else {
      writeFileSync(url, content);
      console.log(`wrote ${url.pathname}`);
    }
  }
  if (stale) process.exit(1);
}

await main(process.argv.slice(2));
