/**
 * Base forms of the verbs and nouns the relation rules listen for. compromise's full tagger would
 * give lemmas, but it costs ~5× its tokenizer on a long article; the rules need only these words.
 */
const KNOWN = new Set([
  'visit', 'invite', 'urge', 'call', 'host', 'meet', 'support', 'back', 'oppose', 'reject', 'condemn', 'denounce',
  'criticise', 'criticize', 'welcome', 'praise', 'endorse', 'hail', 'thank', 'commend', 'sanction', 'invade', 'attack',
  'bomb', 'strike', 'express', 'voice', 'raise', 'work', 'cooperate', 'fight', 'allow', 'let', 'share', 'border', 'depend',
  'release', 'issue', 'publish', 'unveil', 'present', 'adopt', 'form', 'mobilise', 'mobilize', 'deploy', 'create', 'say',
  'announce', 'report', 'confirm', 'pay', 'concern', 'hold', 'tell', 'partnership', 'cooperation', 'agree', 'pledge', 'vow',
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  met: 'meet', held: 'hold', told: 'tell', said: 'say', paid: 'pay', fought: 'fight', struck: 'strike', let: 'let',
};

/** The base form of a word if it inflects one of the known words ("backed" → "back"), else the word. */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (KNOWN.has(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const stems = [
    w.replace(/ies$/, 'y'), w.replace(/ied$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, ''), w.replace(/ed$/, ''),
    w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(\w)\1(ed|ing)$/, '$1'),
  ];
  return stems.find((s) => s !== w && KNOWN.has(s)) ?? w;
}

/** Is the lemma one the rules know, so its inflected forms were recognised? */
export const isKnownLemma = (lemma: string): boolean => KNOWN.has(lemma);
