// Builds lexicon/conditions-en.json: the names of serious illnesses, injuries and birth defects in
// English, from WordNet 3.0 (Debian's wordnet-base, read at build time only, never shipped). Real
// appeals name the child's condition ("Guillain-Barré", "aplastic anaemia", "hydrocephalus"); a
// hand-made list knows only the commonest. What is kept:
// - every lemma under the roots below (WordNet's hyponym closure);
// - only words whose most frequent noun sense is one of those conditions ("stroke" is first a
//   blow, "crab" an animal), and that are not verbs or adjectives more often than nouns;
// - not the everyday ailments a family post mentions in passing (a cold, a rash, an earache), as
//   "hungry" and "tired" are not vulnerability, nor words with a commoner everyday meaning.
//   apt-get install wordnet-base && npx tsx scripts/lexicon/wordnet-conditions.ts
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
/** synset offsets (data.noun) whose hyponyms are serious conditions */
const ROOTS: Record<string, string> = {
  '14070360': 'disease',
  '14235200': 'tumour',
  '14151139': 'genetic disease',
  '14465048': 'birth defect',
  '14304060': 'syndrome',
  '14085708': 'brain disorder',
  '14174549': 'infection',
  '14342132': 'encephalitis',
  '14353314': 'polyneuritis',
  '14164341': 'aplastic anaemia',
  '14558226': 'paralysis',
  '14081941': 'seizure',
  '14465768': 'hydrocephalus',
  '14112255': 'heart failure',
  '14114555': 'renal failure',
};
/** everyday ailments: the word, or the synset with everything under it */
const EVERYDAY = new Set([
  'cold', 'common cold', 'head cold', 'flu', 'influenza', 'grippe', 'cough', 'sore throat', 'allergy', 'acne', 'wart', 'cavity',
  'caries', 'dental caries', 'tooth decay', 'rash', 'hives', 'pimple', 'sunburn', 'hay fever', 'chickenpox', 'chicken pox',
  'varicella', 'pinkeye', 'pink eye', 'conjunctivitis', 'athlete\'s foot', 'ringworm', 'dandruff', 'colic', 'croup', 'diaper rash',
  'teething', 'earache', 'ear infection', 'otitis media', 'headache', 'toothache', 'stomachache', 'indigestion', 'heartburn', 'hiccup',
  'hiccough', 'constipation', 'diarrhea', 'diarrhoea', 'motion sickness', 'carsickness', 'seasickness', 'jet lag', 'nosebleed',
  'stye', 'sty', 'freckle', 'mole', 'myopia', 'nearsightedness', 'farsightedness', 'astigmatism', 'lice', 'head lice',
  'pediculosis', 'sniffle', 'the sniffles', 'cold sore', 'fever blister', 'canker sore', 'strep throat', 'tonsillitis', 'stomach flu',
  'gastroenteritis', 'bronchitis', 'sinusitis', 'eczema', 'dermatitis', 'psoriasis', 'obesity', 'overweight', 'insomnia', 'snoring',
  'baldness', 'alopecia', 'hangover', 'tartar', 'plaque', 'gingivitis', 'impetigo', 'scabies', 'thrush', 'yeast infection',
  'cradle cap', 'milk crust', 'prickly heat', 'heat rash', 'nappy rash', 'urinary tract infection', 'uti', 'pinworm', 'threadworm',
  'food poisoning', 'ptomaine', 'tummy bug', 'bug', 'virus', 'infection', 'disease', 'illness', 'sickness', 'syndrome', 'condition',
  'disorder', 'defect', 'tumor', 'tumour', 'growth', 'lump', 'cyst', 'polyp', 'fibroid', 'corn', 'bunion', 'callus', 'blister',
  'boil', 'abscess', 'sty', 'hemorrhoid', 'haemorrhoid', 'piles', 'varicose vein', 'cramp', 'stitch', 'jaundice', 'anemia',
  'anaemia', 'iron deficiency anemia', 'lactose intolerance', 'colour blindness', 'color blindness', 'daltonism', 'dyslexia',
  'stammer', 'stutter', 'lisp', 'flat feet', 'flatfoot', 'pigeon toe', 'bowlegs', 'knock-knee', 'cleft', 'dimple', 'birthmark',
  'nevus', 'strawberry mark', 'port-wine stain', 'adhd', 'attention deficit disorder', 'add', 'ocd', 'seasonal affective disorder',
  'sad', 'gout', 'arthritis', 'rheumatism', 'lumbago', 'backache', 'sciatica', 'menopause', 'pms', 'premenstrual syndrome',
  'morning sickness', 'altitude sickness', 'mountain sickness', 'computer virus', 'the clap', 'crabs', 'rot', 'blight', 'mildew',
  'mould', 'mold', 'rust', 'smut', 'canker', 'scab', 'wilt', 'leaf curl', 'root rot', 'dry rot', 'mosaic', 'galls', 'mange',
  'distemper', 'foot-and-mouth disease', 'hoof-and-mouth disease', 'rabies', 'hydrophobia', 'mad cow disease', 'scrapie',
  'heaves', 'glanders', 'roup', 'gapes', 'pip', 'murrain', 'sleeping sickness', 'sleepy sickness', 'hangnail', 'ingrown toenail',
  'pustule', 'papule', 'pock', 'blain', 'chilblain', 'chilblains', 'kibe', 'pernio', 'whitlow', 'furuncle', 'hordeolum', 'paronychia',
  'gumboil', 'hickey', 'fester', 'papulovesicle', 'vesicopapule', 'rosacea', 'onycholysis', 'onychosis', 'ankyloglossia', 'tongue tie',
  'collywobbles', 'pharyngitis', 'cystitis', 'urethritis', 'trichomoniasis', 'osteoarthritis', 'periodontitis', 'nyctalopia',
  'night blindness', 'vaccina', 'vaccinia', 'superinfection', 'suprainfection', 'pericementoclasia', 'myosis',
  'intestinal flu', 'streptococcal sore throat', 'streptococcus tonsilitis', 'viral infection', 'bacterial infection',
  'contagious disease', 'communicable disease', 'nonsocial infection', 'restless legs', 'restless legs syndrome', 'acne rosacea',
  'exanthema subitum', 'epidemic roseola', 'roseola', 'roseola infantum', 'roseola infantilis', 'word blindness',
]);
/** words that mean something else in a post far more often ("hearing aids", Amelia, "shingles" on a roof) */
const AMBIGUOUS = new Set([
  'aids', 'amelia', 'mono', 'pest', 'pestilence', 'creeps', 'gall', 'lichen', 'endemic', 'staggers', 'trembles', 'scours', 'mooneye',
  'bighead', 'windburn', 'shingles', 'lues', 'syph', 'drusen', 'dieback', 'ergot', 'spavin', 'black vomit', 'cataract', 'growth',
  'contagion', 'raptus', 'ictus', 'blackwater', 'phlebotomus', "parkinson's", 'heart attack',
]);
/** subtrees left out whole: plant and animal diseases, skin diseases (mostly everyday), venereal diseases, colour blindness */
const LEFT_OUT_SYNSETS = new Set(['14276936', '14253124', '14215331', '14219661', '14133159', '14153010']);

interface Synset { words: string[]; hyponyms: string[]; gloss: string }
const synsets = new Map<string, Synset>();
for (const line of readFileSync(`${DIR}/data.noun`, 'latin1').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const [head, gloss = ''] = line.split(' | ');
  const f = head.split(' ');
  const wordCount = parseInt(f[3], 16);
  const words = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  let k = 4 + 2 * wordCount;
  const pointerCount = parseInt(f[k++], 10);
  const hyponyms: string[] = [];
  for (let i = 0; i < pointerCount; i++, k += 4) if (f[k] === '~' && f[k + 2] === 'n') hyponyms.push(f[k + 1]);
  synsets.set(f[0], { words, hyponyms, gloss });
}

/** a word's senses per part of speech in frequency order, and their tagged counts (index.*) */
function senses(pos: string): Map<string, { offsets: string[]; tagged: number }> {
  const out = new Map<string, { offsets: string[]; tagged: number }>();
  for (const line of readFileSync(`${DIR}/index.${pos}`, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senseCount = Number(f[2]);
    const pointerKinds = Number(f[3]);
    const tagged = Number(f[5 + pointerKinds]);
    out.set(f[0].replace(/_/g, ' '), { offsets: f.slice(f.length - senseCount), tagged });
  }
  return out;
}
const nouns = senses('noun');
const others = [senses('verb'), senses('adj'), senses('adv')];

const inTree = new Set<string>();
const walk = (offset: string) => {
  if (inTree.has(offset) || LEFT_OUT_SYNSETS.has(offset)) return;
  const s = synsets.get(offset);
  if (!s) return;
  inTree.add(offset);
  for (const h of s.hyponyms) walk(h);
};
for (const root of Object.keys(ROOTS)) walk(root);

const terms = new Set<string>();
for (const offset of inTree) {
  for (const word of synsets.get(offset)!.words) {
    if (EVERYDAY.has(word) || AMBIGUOUS.has(word) || word.length < 4) continue;
    const noun = nouns.get(word);
    if (!noun || !inTree.has(noun.offsets[0])) continue;
    // a word used more as a verb or adjective ("burn", "blind") is not a name of a condition
    if (others.some((o) => (o.get(word)?.tagged ?? 0) > noun.tagged)) continue;
    terms.add(word);
    // a double eponym is named without its "syndrome" too: "Guillain-Barré", "Creutzfeldt-Jakob"
    const eponym = /^([a-z]+-[a-z]+) (?:syndrome|disease)$/.exec(word);
    if (eponym) terms.add(eponym[1]);
  }
}
const sorted = [...terms].sort();
writeFileSync(
  new URL('../../src/analysis/lexicon/conditions-en.json', import.meta.url),
  JSON.stringify({
    _about: 'Serious illnesses, tumours, genetic diseases, birth defects and syndromes, from WordNet 3.0: built by scripts/lexicon/wordnet-conditions.ts, everyday ailments left out. A sick child\'s condition by name.',
    _licence: 'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0 licence, whose full text ships as licenses/wordnet.txt.',
    terms: sorted,
  }) + '\n',
);
console.log(`${sorted.length} terms from ${inTree.size} synsets`);
