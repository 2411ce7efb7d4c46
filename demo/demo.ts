/**
 * The demo page's own behaviour: a language switch (nl / en / fr) that sets `<html lang>`,
 * translates the page's chrome and keeps the choice in the URL (`?lang=fr`).
 *
 * The widgets are not translated here: they follow `<html lang>` on their own.
 *
 * Markup hooks:
 * - `data-i18n="key"`: the element's text becomes the string `key`;
 * - `data-i18n-aria-label="key"`, `data-i18n-content="key"`, `data-i18n-href="key"`: the same
 *   for the `aria-label`, `content` and `href` attributes;
 * - `a[data-keep-lang]`: a link to this page that keeps the current language;
 * - `.lang-switch button[data-lang]`: the switch (invisible, in its place, until this script runs).
 */

const LANGUAGES = ['nl', 'en', 'fr'] as const;
type Language = (typeof LANGUAGES)[number];
const DEFAULT_LANGUAGE: Language = 'nl';

/** The Dutch strings are the reference: every other language must have the same keys. */
const nl = {
  docTitle: 'AZ Hageland – Samen zorgen met UZ Leuven',
  docDescription:
    'Demopagina van uzl-widgets: een fictief partnerziekenhuis toont nieuws, infosessies, campussen, kerncijfers en AI-publicaties van UZ Leuven.',
  skip: 'Naar inhoud',
  tagline: 'Regionaal ziekenhuis in het Hageland',
  langLabel: 'Taal',
  navLabel: 'Hoofdmenu',
  navFigures: 'Kerncijfers',
  navNews: 'Nieuws',
  navEvents: 'Infosessies',
  navAi: 'AI & onderzoek',
  navCampuses: 'Campussen',
  heroEyebrow: 'Partnerschap met UZ Leuven',
  heroTitle: 'Samen zorgen met UZ Leuven',
  heroLead:
    'AZ Hageland werkt nauw samen met UZ Leuven voor gespecialiseerde onderzoeken en behandelingen. Hier vindt u het nieuws, de infosessies en de praktische informatie van ons partnerziekenhuis.',
  figuresTitle: 'UZ Leuven in cijfers',
  figuresLead: 'Het grootste universitair ziekenhuis van België, in één jaar.',
  figuresFallback: 'Kerncijfers op de website van UZ Leuven',
  newsTitle: 'Nieuws van UZ Leuven',
  newsLead: 'Het laatste nieuws over zorg, onderzoek en innovatie.',
  newsFallback: 'UZ Leuven-nieuws',
  eventsTitle: 'Infosessies en evenementen',
  eventsLead: 'Infosessies voor patiënten, naasten en zorgverleners, op de campus of online.',
  eventsFallback: 'Infosessies van UZ Leuven',
  aiTitle: 'Artificiële intelligentie in de geneeskunde',
  aiLead:
    'Nieuws en wetenschappelijke publicaties van UZ Leuven en KU Leuven over AI, per medisch domein.',
  aiFallback: 'AI-onderzoek bij UZ Leuven',
  referralTitle: 'Doorverwezen naar Gasthuisberg?',
  referralLead:
    'Voor gespecialiseerde zorg verwijzen onze artsen u door naar campus Gasthuisberg van UZ Leuven.',
  referralFallback: 'Campus Gasthuisberg – adres en route',
  recordTitle: 'Uw dossier reist mee',
  recordText:
    'Met uw toestemming delen uw artsen bij AZ Hageland en UZ Leuven uw medische gegevens veilig met elkaar. Zo hoeft u onderzoeken niet twee keer te laten doen.',
  urgentLabel: 'Dringend?',
  urgentText: 'Bel 112 bij levensbedreigende situaties.',
  campusesTitle: 'Campussen van UZ Leuven',
  campusesLead: 'Adressen, telefoonnummers en routebeschrijving.',
  campusesFallback: 'Alle campussen van UZ Leuven',
  footerFictional: 'is een fictief ziekenhuis.',
  footerDemo:
    'Dit is een demopagina voor uzl-widgets: vijf webcomponenten die inhoud van UZ Leuven tonen op de website van partnerziekenhuizen. De widgets lezen de voorbeeldfeeds in demo/data/.',
  footerBuilder: 'Deze widgets op uw eigen site?',
  footerBuilderLink: 'Maak de code in de embedbouwer',
  builderHref: 'builder.html?ui=nl',
  footerSource: 'Officiële informatie van UZ Leuven vindt u op',
  uzlHome: 'https://www.uzleuven.be/nl',
  uzlNews: 'https://www.uzleuven.be/nl/nieuws',
};

type Strings = Record<keyof typeof nl, string>;

const en: Strings = {
  docTitle: 'AZ Hageland – Caring together with UZ Leuven',
  docDescription:
    'Demo page for uzl-widgets: a fictional partner hospital shows news, information sessions, campuses, key figures and AI publications from UZ Leuven.',
  skip: 'Skip to content',
  tagline: 'Regional hospital in the Hageland',
  langLabel: 'Language',
  navLabel: 'Main menu',
  navFigures: 'Key figures',
  navNews: 'News',
  navEvents: 'Info sessions',
  navAi: 'AI & research',
  navCampuses: 'Campuses',
  heroEyebrow: 'Partnership with UZ Leuven',
  heroTitle: 'Caring together with UZ Leuven',
  heroLead:
    'AZ Hageland works closely with UZ Leuven for specialised tests and treatments. Here you will find the news, information sessions and practical information of our partner hospital.',
  figuresTitle: 'UZ Leuven in figures',
  figuresLead: 'Belgium’s largest university hospital, in one year.',
  figuresFallback: 'Key figures on the UZ Leuven website',
  newsTitle: 'News from UZ Leuven',
  newsLead: 'The latest news on care, research and innovation.',
  newsFallback: 'UZ Leuven news',
  eventsTitle: 'Information sessions and events',
  eventsLead:
    'Information sessions for patients, families and healthcare professionals, on campus or online.',
  eventsFallback: 'UZ Leuven information sessions',
  aiTitle: 'Artificial intelligence in medicine',
  aiLead: 'News and scientific publications on AI from UZ Leuven and KU Leuven, by medical field.',
  aiFallback: 'AI research at UZ Leuven',
  referralTitle: 'Referred to Gasthuisberg?',
  referralLead:
    'For specialised care, our doctors refer you to the Gasthuisberg campus of UZ Leuven.',
  referralFallback: 'Gasthuisberg campus – address and directions',
  recordTitle: 'Your medical record travels with you',
  recordText:
    'With your consent, your doctors at AZ Hageland and UZ Leuven share your medical data securely, so you do not have to undergo the same tests twice.',
  urgentLabel: 'Urgent?',
  urgentText: 'Call 112 in a life-threatening situation.',
  campusesTitle: 'UZ Leuven campuses',
  campusesLead: 'Addresses, phone numbers and directions.',
  campusesFallback: 'All UZ Leuven campuses',
  footerFictional: 'is a fictional hospital.',
  footerDemo:
    'This is a demo page for uzl-widgets: five web components that show UZ Leuven content on partner hospitals’ websites. The widgets read the sample feeds in demo/data/.',
  footerBuilder: 'These widgets on your own site?',
  footerBuilderLink: 'Make the code in the embed builder',
  builderHref: 'builder.html?ui=en',
  footerSource: 'Official UZ Leuven information is at',
  uzlHome: 'https://www.uzleuven.be/en',
  uzlNews: 'https://www.uzleuven.be/en',
};

/** French punctuation takes a narrow no-break space before ? and :. */
const fr: Strings = {
  docTitle: 'AZ Hageland – Soigner ensemble avec l’UZ Leuven',
  docDescription:
    'Page de démonstration d’uzl-widgets\u202F: un hôpital partenaire fictif affiche les actualités, séances d’information, campus, chiffres clés et publications IA de l’UZ Leuven.',
  skip: 'Aller au contenu',
  tagline: 'Hôpital régional du Hageland',
  langLabel: 'Langue',
  navLabel: 'Menu principal',
  navFigures: 'Chiffres clés',
  navNews: 'Actualités',
  navEvents: 'Séances d’info',
  navAi: 'IA & recherche',
  navCampuses: 'Campus',
  heroEyebrow: 'Partenariat avec l’UZ Leuven',
  heroTitle: 'Soigner ensemble avec l’UZ Leuven',
  heroLead:
    'AZ Hageland collabore étroitement avec l’UZ Leuven pour les examens et traitements spécialisés. Retrouvez ici les actualités, les séances d’information et les informations pratiques de notre hôpital partenaire.',
  figuresTitle: 'L’UZ Leuven en chiffres',
  figuresLead: 'Le plus grand hôpital universitaire de Belgique, en une année.',
  figuresFallback: 'Chiffres clés sur le site de l’UZ Leuven',
  newsTitle: 'Actualités de l’UZ Leuven',
  newsLead: 'Les dernières nouvelles sur les soins, la recherche et l’innovation.',
  newsFallback: 'Actualités de l’UZ Leuven',
  eventsTitle: 'Séances d’information et événements',
  eventsLead:
    'Séances d’information pour les patients, leurs proches et les professionnels de la santé, sur le campus ou en ligne.',
  eventsFallback: 'Séances d’information de l’UZ Leuven',
  aiTitle: 'L’intelligence artificielle en médecine',
  aiLead:
    'Actualités et publications scientifiques de l’UZ Leuven et de la KU Leuven sur l’IA, par domaine médical.',
  aiFallback: 'La recherche en IA à l’UZ Leuven',
  referralTitle: 'Orienté vers Gasthuisberg\u202F?',
  referralLead:
    'Pour des soins spécialisés, nos médecins vous orientent vers le campus Gasthuisberg de l’UZ Leuven.',
  referralFallback: 'Campus Gasthuisberg – adresse et itinéraire',
  recordTitle: 'Votre dossier vous suit',
  recordText:
    'Avec votre accord, vos médecins de l’AZ Hageland et de l’UZ Leuven partagent vos données médicales en toute sécurité. Vous ne devez donc pas refaire les mêmes examens.',
  urgentLabel: 'Urgence\u202F?',
  urgentText: 'Appelez le 112 en cas de danger de mort.',
  campusesTitle: 'Les campus de l’UZ Leuven',
  campusesLead: 'Adresses, numéros de téléphone et itinéraires.',
  campusesFallback: 'Tous les campus de l’UZ Leuven',
  footerFictional: 'est un hôpital fictif.',
  footerDemo:
    'Ceci est une page de démonstration d’uzl-widgets\u202F: cinq composants web qui affichent le contenu de l’UZ Leuven sur les sites des hôpitaux partenaires. Les widgets lisent les flux d’exemple de demo/data/.',
  footerBuilder: 'Ces widgets sur votre propre site\u202F?',
  footerBuilderLink: 'Créez le code avec le générateur d’intégration',
  builderHref: 'builder.html?ui=fr',
  footerSource: 'Les informations officielles de l’UZ Leuven se trouvent sur',
  uzlHome: 'https://www.uzleuven.be/en',
  uzlNews: 'https://www.uzleuven.be/en',
};

const STRINGS: Record<Language, Strings> = { nl, en, fr };

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=fr`, `?lang=fr-BE` → fr; anything else → the default. */
function languageFromUrl(): Language {
  const requested = new URLSearchParams(location.search).get('lang') ?? '';
  const primary = requested.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

function isStringKey(key: string | undefined): key is keyof Strings {
  return key !== undefined && Object.hasOwn(nl, key);
}

function translate(root: ParentNode, strings: Strings): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    // Text already right is left alone: rewriting it would paint it anew, and the largest
    // text's paint (the page's LCP) would move to when this script ran.
    const shown = el.textContent?.replace(/\s+/g, ' ').trim();
    if (isStringKey(key) && shown !== strings[key]) el.textContent = strings[key];
  }
  const attributes = [
    ['i18nAriaLabel', 'aria-label'],
    ['i18nContent', 'content'],
    ['i18nHref', 'href'],
  ] as const;
  for (const [dataKey, attribute] of attributes) {
    const selector = `[data-${dataKey.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      const key = el.dataset[dataKey];
      if (isStringKey(key)) el.setAttribute(attribute, strings[key]);
    }
  }
}

function applyLanguage(lang: Language, buttons: readonly HTMLButtonElement[]): void {
  // The widgets watch <html lang> and re-render in the new language without fetching again.
  document.documentElement.lang = lang;
  translate(document, STRINGS[lang]);
  for (const button of buttons) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')) {
    link.href = lang === DEFAULT_LANGUAGE ? './' : `./?lang=${lang}`;
  }
}

/** Keeps the choice in the address bar, so a reload (or a shared link) shows the same language. */
function rememberLanguage(lang: Language): void {
  const url = new URL(location.href);
  if (url.searchParams.get('lang') === lang) return;
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

function init(): void {
  const switcher = document.querySelector<HTMLElement>('.lang-switch');
  const buttons = switcher
    ? [...switcher.querySelectorAll<HTMLButtonElement>('button[data-lang]')]
    : [];

  applyLanguage(languageFromUrl(), buttons);

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const lang = button.dataset.lang ?? '';
      if (!isLanguage(lang)) return;
      applyLanguage(lang, buttons);
      rememberLanguage(lang);
    });
  }
  // The switch only works with this script, so it stays invisible without it; it keeps its
  // place meanwhile, so showing it moves nothing (no layout shift).
  if (switcher) delete switcher.dataset.pending;
}

init();
