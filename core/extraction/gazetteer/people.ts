/**
 * A few heads of state and government, so a bare surname or a title ("Putin", "Xi") resolves to one
 * person with a QID and a country. Not a who's who: people the text names in full are found without it.
 * Country is the state's gazetteer label.
 */
export interface KnownPerson {
  readonly label: string;
  readonly aliases: readonly string[];
  readonly qid: string | null;
  readonly country: string;
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  { label: 'Xi Jinping', aliases: ['Xi'], qid: 'Q15031', country: 'China' },
  { label: 'Vladimir Putin', aliases: ['Putin'], qid: 'Q7747', country: 'Russia' },
  { label: 'Alexander Lukashenko', aliases: ['Lukashenko', 'Alyaksandr Lukashenka'], qid: 'Q2866', country: 'Belarus' },
  { label: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'], qid: 'Q3874799', country: 'Ukraine' },
  { label: 'Joe Biden', aliases: ['Biden'], qid: 'Q6279', country: 'United States' },
  { label: 'Donald Trump', aliases: ['Trump'], qid: 'Q22686', country: 'United States' },
  { label: 'Emmanuel Macron', aliases: ['Macron'], qid: 'Q3052772', country: 'France' },
  { label: 'Olaf Scholz', aliases: ['Scholz'], qid: 'Q61053', country: 'Germany' },
  { label: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Erdoğan'], qid: 'Q39259', country: 'Turkey' },
  { label: 'Narendra Modi', aliases: ['Modi'], qid: 'Q1058', country: 'India' },
];
