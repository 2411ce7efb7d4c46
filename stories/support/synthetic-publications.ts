// Synthetic publications for the "5,000 publications" story and, later, the benchmarks.
//
// EVERYTHING HERE IS MADE UP. The titles are composed from word lists, the authors drawn from
// a list of common European surnames, and the DOIs use Crossref's test prefix 10.5555: they
// look like DOIs and pass the feed's schema, but none of them resolves to a real article.
// The journal names are real journals; no publication here appeared in any of them.
//
// Deterministic (the same count and seed give the same feed, in every browser and in Node),
// free of Storybook and of any dependency, and fast (10,000 publications in well under 50 ms,
// so benchmarks can make their feeds on the spot). Only the feed's type is imported, as a type.
import type {
  AiDomain,
  AiPublicationsFeed,
  Publication,
} from '../../src/ai-publications/ai-publications-feed.js';
import { prng } from './prng.js';

/** The demo feed's twelve domains (demo/data/ai-publications.json), in its order. */
const DOMAINS: readonly Omit<AiDomain, 'publications'>[] = [
  {
    id: 'cardiovascular-diseases',
    label: {
      nl: 'Hart- en vaatziekten',
      en: 'Cardiovascular diseases',
      fr: 'Maladies cardiovasculaires',
    },
  },
  {
    id: 'emergency-medicine',
    label: { nl: 'Urgentiegeneeskunde', en: 'Emergency medicine', fr: "Médecine d'urgence" },
  },
  {
    id: 'gastroenterology-hepatology',
    label: {
      nl: 'Maag-, darm- en leverziekten',
      en: 'Gastroenterology and hepatology',
      fr: 'Gastro-entérologie et hépatologie',
    },
  },
  {
    id: 'gynaecology-obstetrics',
    label: {
      nl: 'Gynaecologie en verloskunde',
      en: 'Gynaecology and obstetrics',
      fr: 'Gynécologie et obstétrique',
    },
  },
  {
    id: 'intensive-medicine',
    label: { nl: 'Intensieve geneeskunde', en: 'Intensive care medicine', fr: 'Soins intensifs' },
  },
  {
    id: 'laboratory-medicine',
    label: { nl: 'Laboratoriumgeneeskunde', en: 'Laboratory medicine', fr: 'Biologie clinique' },
  },
  {
    id: 'nuclear-medicine',
    label: { nl: 'Nucleaire geneeskunde', en: 'Nuclear medicine', fr: 'Médecine nucléaire' },
  },
  {
    id: 'oral-maxillofacial-surgery',
    label: {
      nl: 'Mond-, kaak- en aangezichtschirurgie',
      en: 'Oral, maxillofacial and facial surgery',
      fr: 'Chirurgie buccale et maxillo-faciale',
    },
  },
  {
    id: 'otorhinolaryngology-head-neck-surgery',
    label: {
      nl: 'Neus-, keel- en oorziekten, hoofd- en halschirurgie',
      en: 'Otorhinolaryngology, head and neck surgery',
      fr: 'Oto-rhino-laryngologie et chirurgie cervico-faciale',
    },
  },
  {
    id: 'physical-medicine-rehabilitation',
    label: {
      nl: 'Fysische geneeskunde en revalidatie',
      en: 'Physical medicine and rehabilitation',
      fr: 'Médecine physique et réadaptation',
    },
  },
  {
    id: 'respiratory-diseases',
    label: { nl: 'Longziekten', en: 'Respiratory diseases', fr: 'Maladies respiratoires' },
  },
  {
    id: 'thoracic-surgery',
    label: { nl: 'Thoraxheelkunde', en: 'Thoracic surgery', fr: 'Chirurgie thoracique' },
  },
];

/**
 * Relative share of each domain, in DOMAINS' order: uneven on purpose (respiratory and
 * cardiovascular much bigger than the rest), and emergency medicine empty.
 */
const WEIGHTS = [22, 0, 3, 6, 12, 1, 14, 2, 2, 4, 30, 4];

/**
 * What each domain's titles are about (conditions, data), and the domain's own journals
 * (real ones), used for half its publications.
 */
const TOPICS: Record<string, { conditions: string[]; data: string[]; journals: string[] }> = {
  'cardiovascular-diseases': {
    conditions: [
      'heart failure',
      'atrial fibrillation',
      'cardiac remodelling',
      'aortic stenosis',
      'coronary artery disease',
      'hypertrophic cardiomyopathy',
    ],
    data: [
      'the 12-lead ECG',
      'echocardiography',
      'cardiac MRI',
      'coronary CT angiography',
      'wearable sensors',
    ],
    journals: [
      'European Heart Journal - Digital Health',
      'Frontiers in Cardiovascular Medicine',
      'European Heart Journal - Cardiovascular Imaging',
    ],
  },
  'emergency-medicine': {
    conditions: ['sepsis', 'chest pain', 'stroke', 'trauma'],
    data: ['triage notes', 'vital signs'],
    journals: ['Resuscitation', 'Annals of Emergency Medicine'],
  },
  'gastroenterology-hepatology': {
    conditions: [
      'colorectal polyps',
      'Barrett’s oesophagus',
      'liver fibrosis',
      'hepatocellular carcinoma',
      'Crohn’s disease',
    ],
    data: ['colonoscopy video', 'capsule endoscopy', 'liver biopsies', 'elastography'],
    journals: ['Gut', 'Journal of Hepatology', 'Gastrointestinal Endoscopy'],
  },
  'gynaecology-obstetrics': {
    conditions: [
      'adnexal masses',
      'ovarian tumours',
      'pre-eclampsia',
      'preterm birth',
      'endometriosis',
    ],
    data: ['transvaginal ultrasound', 'cardiotocography', 'fetal MRI', 'routine antenatal data'],
    journals: [
      'Ultrasound in Obstetrics & Gynecology',
      'Human Reproduction',
      'BJOG: An International Journal of Obstetrics & Gynaecology',
    ],
  },
  'intensive-medicine': {
    conditions: [
      'acute kidney injury',
      'sepsis',
      'delirium',
      'ventilator weaning',
      'intracranial hypertension',
    ],
    data: [
      'electronic health records',
      'high-frequency monitoring data',
      'routine laboratory results',
    ],
    journals: ['Critical Care', 'Intensive Care Medicine', 'Critical Care Medicine'],
  },
  'laboratory-medicine': {
    conditions: [
      'haematological malignancies',
      'anaemia',
      'bacteraemia',
      'spurious laboratory results',
    ],
    data: ['flow cytometry', 'blood smears', 'routine laboratory results'],
    journals: ['Clinical Chemistry', 'Clinical Chemistry and Laboratory Medicine'],
  },
  'nuclear-medicine': {
    conditions: [
      'lymphoma',
      'prostate cancer',
      'Alzheimer’s disease',
      'neuroendocrine tumours',
      'Parkinson’s disease',
    ],
    data: ['FDG PET/CT', 'PSMA PET', 'amyloid PET', 'low-dose PET'],
    journals: [
      'Journal of Nuclear Medicine',
      'European Journal of Nuclear Medicine and Molecular Imaging',
      'EJNMMI Research',
    ],
  },
  'oral-maxillofacial-surgery': {
    conditions: [
      'mandibular fractures',
      'third molars',
      'cleft lip and palate',
      'orthognathic surgery planning',
    ],
    data: ['cone-beam CT', 'panoramic radiographs', '3D facial photographs'],
    journals: [
      'International Journal of Oral and Maxillofacial Surgery',
      'Journal of Dentistry',
      'Dentomaxillofacial Radiology',
    ],
  },
  'otorhinolaryngology-head-neck-surgery': {
    conditions: [
      'hearing loss',
      'head and neck cancer',
      'obstructive sleep apnoea',
      'vestibular disorders',
    ],
    data: ['audiograms', 'laryngoscopy', 'polysomnography', 'cochlear implant fitting data'],
    journals: ['Head & Neck', 'Ear and Hearing', 'The Laryngoscope'],
  },
  'physical-medicine-rehabilitation': {
    conditions: [
      'gait disorders',
      'stroke recovery',
      'cerebral palsy',
      'low back pain',
      'spinal cord injury',
    ],
    data: ['inertial sensors', '3D gait analysis', 'surface electromyography'],
    journals: [
      'Journal of NeuroEngineering and Rehabilitation',
      'Gait & Posture',
      'Archives of Physical Medicine and Rehabilitation',
    ],
  },
  'respiratory-diseases': {
    conditions: [
      'obstructive lung disease',
      'interstitial lung disease',
      'pulmonary nodules',
      'COPD exacerbations',
      'asthma',
      'lung cancer',
    ],
    data: ['pulmonary function tests', 'chest CT', 'chest radiographs', 'home spirometry'],
    journals: ['European Respiratory Journal', 'Chest', 'Thorax'],
  },
  'thoracic-surgery': {
    conditions: [
      'postoperative complications',
      'lung cancer staging',
      'air leaks',
      'oesophageal cancer',
    ],
    data: ['preoperative CT', 'surgical video', 'perioperative records'],
    journals: [
      'The Annals of Thoracic Surgery',
      'European Journal of Cardio-Thoracic Surgery',
      'Interdisciplinary CardioVascular and Thoracic Surgery',
    ],
  },
};

const METHODS = [
  'Deep learning',
  'Machine learning',
  'A convolutional neural network',
  'Gradient-boosted trees',
  'A transformer model',
  'Federated learning',
  'Explainable artificial intelligence',
  'Random forests',
  'Self-supervised learning',
  'Radiomics and machine learning',
  'A Bayesian network',
  'Artificial intelligence',
  'Natural language processing',
];

const TASKS = [
  'for the automated detection of',
  'for the early prediction of',
  'for risk stratification in',
  'for the classification of',
  'to predict outcome in',
  'for the diagnosis of',
  'to quantify',
  'to support triage of',
];

const ENDINGS = [
  '',
  '',
  ': a multicentre retrospective study',
  ': development and external validation',
  ': a prospective validation',
  ': a systematic review and meta-analysis',
  ': a randomised controlled trial',
  ' compared with expert clinicians',
  ': a proof-of-concept study',
];

/** Common surnames in Belgium and around Europe, with the accents they are written with. */
const SURNAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Van den Berghe',
  'Vermeulen',
  'Van Damme',
  'Dewulf',
  'Verstraete',
  'De Clercq',
  'Dubois',
  'Lambert',
  'Dupont',
  'Leroy',
  'Lefèvre',
  'Lemaître',
  'Moreau',
  'Gérard',
  'Hébert',
  'Müller',
  'Schäfer',
  'Schmidt',
  'Weiß',
  'Jäger',
  'Sánchez',
  'García-López',
  'Fernández',
  'Muñoz',
  'Rossi',
  'Bianchi',
  'Ferrari',
  'Çelik',
  'Yılmaz',
  'Öztürk',
  'Nowak',
  'Dąbrowski',
  'Kowalski',
  'Novák',
  'Dvořák',
  'Horváth',
  'Jensen',
  'Nielsen',
  'Østergaard',
  'Andersson',
  'Lindqvist',
  'Papadopoulos',
  'Ó Briain',
  'Šimić',
  'Costa',
  'Gonçalves',
];

const INITIALS = [...'ABCDEFGHIJKLMNPRSTVW', 'JM', 'PR', 'AK', 'MC', 'JP', 'GJ', 'LM', 'KU'];

/** Every surname with every initial ("Müller K", "Van den Berghe GJ"), made once, not per author. */
const AUTHORS = SURNAMES.flatMap((surname) => INITIALS.map((initials) => `${surname} ${initials}`));

/** Real general and medical-AI journals (no publication here appeared in any journal). */
const JOURNALS = [
  'Nature Medicine',
  'The Lancet Digital Health',
  'npj Digital Medicine',
  'Radiology: Artificial Intelligence',
  'Medical Image Analysis',
  'IEEE Transactions on Medical Imaging',
  'Scientific Reports',
  'PLOS ONE',
  'BMJ Open',
  'Journal of Medical Internet Research',
  'Artificial Intelligence in Medicine',
  'Computers in Biology and Medicine',
  'European Radiology',
];

/**
 * A feed of `count` synthetic publications spread unevenly over the demo's twelve domains
 * (emergency medicine stays empty), years 2005–2026 with more in recent years, 1–12 authors,
 * real journal names (the domain's own half the time), and DOIs under the non-resolving test
 * prefix `10.5555/`; about one in twelve has no DOI. `news` is empty; add the demo's news when the news section should show.
 * The same `count` and `seed` always give the same feed.
 */
export function syntheticPublicationsFeed(count: number, seed = 1): AiPublicationsFeed {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const totalWeight = WEIGHTS.reduce((sum, w) => sum + w, 0);
  const lists: Publication[][] = DOMAINS.map(() => []);

  for (let i = 0; i < count; i++) {
    let r = random() * totalWeight;
    let d = 0;
    // r ≥ 0 always, so a domain of weight 0 is always passed over.
    while (d < WEIGHTS.length - 1 && r >= WEIGHTS[d]!) r -= WEIGHTS[d++]!;
    const topics = TOPICS[DOMAINS[d]!.id]!;

    const title = `${pick(METHODS)} ${pick(TASKS)} ${pick(topics.conditions)} from ${pick(topics.data)}${pick(ENDINGS)}`;
    const authorCount = 1 + Math.floor(random() * random() * 12);
    const authors: string[] = [];
    for (let a = 0; a < authorCount; a++) authors.push(pick(AUTHORS));
    // Squaring skews towards 0: more publications in recent years, as in the field.
    const year = 2026 - Math.floor(random() * random() * 22);
    const n = i + 1;
    const publication: Publication = {
      id: `synthetic-${seed}-${n}`,
      title,
      authors,
      // Half in the domain's own journals, half in general ones.
      journal: random() < 0.5 ? pick(topics.journals) : pick(JOURNALS),
      year,
    };
    if (random() >= 1 / 12) publication.doi = `10.5555/uzl-synthetic.${seed}.${n}`;
    lists[d]!.push(publication);
  }

  return {
    version: 1,
    news: [],
    domains: DOMAINS.map((domain, d) => ({ ...domain, publications: lists[d]! })),
  };
}
