/**
 * The builder's own interface text in nl, en and fr.
 *
 * A typed dictionary, as the demo page has, rather than @lit/localize: the widgets' XLIFF
 * files are the package's messages, regrouped per element into src/generated/ and shipped;
 * the builder is a page of the demo, and its text has no place in the package's bundles or in
 * the translators' files for it. TypeScript holds every language to the English keys
 * (`Strings`), which is the check `npm run translations` gives the widgets. Text with numbers
 * in it is a function of them.
 *
 * French punctuation takes a narrow no-break space (\u202F) before : ; ? !.
 */
import type { Lang } from '../../src/core/language.js';
import { perWidget, type WidgetId } from './widgets.js';

export interface Strings {
  docTitle: string;
  skip: string;
  title: string;
  lead: string;
  demoLink: string;
  uiLanguage: string;
  formLabel: string;
  widgetLegend: string;
  widgetNames: Record<WidgetId, string>;
  feedLegend: string;
  feedUrl: string;
  feedHelp: string;
  demoFeed: string;
  languageLegend: string;
  languageHelp: string;
  followPage: string;
  languageNames: Record<Lang, string>;
  themeLegend: string;
  themeHelp: string;
  themeFollow: string;
  themeLight: string;
  themeDark: string;
  themeAuto: string;
  ownLegend: (tag: string) => string;
  sharedLegend: string;
  notSet: string;
  noDefaultHelp: string;
  on: string;
  looksLegend: string;
  primary: string;
  primaryHelp: string;
  primaryPicker: string;
  primaryInvalid: string;
  font: string;
  fontHelp: string;
  fontInvalid: string;
  radius: string;
  radiusHelp: string;
  contrastTitle: string;
  contrastText: (colour: string, ratio: string, against: string, scheme: string) => string;
  contrastButton: (colour: string, ratio: string, against: string, scheme: string) => string;
  contrastAdvice: string;
  schemeLight: string;
  schemeDark: string;
  fallbackLegend: string;
  fallbackHelp: string;
  fallbackText: string;
  fallbackHref: string;
  fallbackDefaults: Record<WidgetId, string>;
  previewTitle: string;
  previewHelp: string;
  checking: string;
  noFeed: string;
  feedOk: string;
  skipped: (count: number) => string;
  feedNetwork: string;
  feedCrossOrigin: (origin: string) => string;
  feedTimeout: (seconds: number) => string;
  feedHttp: (status: number) => string;
  feedHttpLogin: string;
  feedHttpNotFound: string;
  feedHttpServer: string;
  feedParse: string;
  feedInvalid: (problems: number) => string;
  feedOtherWidget: (name: string) => string;
  feedWidgetSays: string;
  details: string;
  snippetTitle: string;
  snippetHelp: string;
  snippetLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  scriptTitle: string;
  frameTitle: string;
  frameHelp: string;
  frameLabel: string;
  frameResize: string;
  copyFrame: string;
  urlTitle: string;
  urlHelp: string;
  urlLabel: string;
  embedBase: string;
  embedBaseHelp: string;
  integrityTitle: string;
  integrityHelp: string;
  integrityLabel: string;
  integrityAllTitle: string;
  integrityAllHelp: string;
  integrityMissing: string;
  cspTitle: string;
  cspHelp: string;
  cspLabel: string;
  copyUrl: string;
}

const en: Strings = {
  docTitle: 'Embed builder – uzl-widgets',
  skip: 'Skip to content',
  title: 'Embed builder',
  lead: 'Choose a widget, set it up, check it in the preview and copy the code for your page. Nothing to install: the code loads the widgets from a public CDN.',
  demoLink: 'See every widget on the demo page',
  uiLanguage: 'Language of this page',
  formLabel: 'Settings',
  widgetLegend: 'Widget',
  widgetNames: perWidget((w) => w.name.en),
  feedLegend: 'Feed',
  feedUrl: 'Feed URL',
  feedHelp:
    'The JSON feed the widget shows. The demo feed is filled in; a relative address is read from this page, and the code gets the full address.',
  demoFeed: 'Use the demo feed',
  languageLegend: 'Language of the widget',
  languageHelp:
    'Following the page, the widget speaks the language of its page (its lang attribute).',
  followPage: 'Follow the page',
  languageNames: { nl: 'Nederlands', en: 'English', fr: 'Français' },
  themeLegend: 'Light or dark',
  themeHelp:
    'Following the page, the widget is light, and dark only on a page that declares a dark colour scheme.',
  themeFollow: 'Follow the page',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'Automatic (the visitor’s system setting)',
  ownLegend: (tag) => `Settings of ${tag}`,
  sharedLegend: 'Loading and headings (every widget has these)',
  notSet: 'Not set (the widget decides)',
  noDefaultHelp: 'Empty: the widget decides.',
  on: 'On',
  looksLegend: 'Colours, font and corners',
  primary: 'Primary colour',
  primaryHelp:
    'Links, buttons and highlights. Any CSS colour, such as #7a0049. Empty: UZ Leuven blue.',
  primaryPicker: 'Pick the primary colour',
  primaryInvalid: 'This is not a CSS colour.',
  font: 'Font',
  fontHelp: 'A CSS font list, such as Georgia, serif. Empty: the font of your page.',
  fontInvalid: 'A font list cannot contain ; { } < or >.',
  radius: 'Corner radius (px)',
  radiusHelp: 'Corners of cards and buttons. Empty: 8 px.',
  contrastTitle: 'Contrast too low',
  contrastText: (colour, ratio, against, scheme) =>
    `${colour} as text on the ${scheme} background (${against}): ${ratio}:1.`,
  contrastButton: (colour, ratio, against, scheme) =>
    `Button text (${against}) on ${colour}, ${scheme}: ${ratio}:1.`,
  contrastAdvice:
    'Text needs at least 4.5:1 to be readable for everyone (WCAG 2.2 AA). Choose a darker or lighter colour.',
  schemeLight: 'light',
  schemeDark: 'dark',
  fallbackLegend: 'Fallback link',
  fallbackHelp:
    'Shown before the widget loads, when JavaScript is off, and beside the message when the feed fails.',
  fallbackText: 'Link text',
  fallbackHref: 'Link address',
  fallbackDefaults: perWidget((w) => w.fallback.text.en),
  previewTitle: 'Preview',
  previewHelp: 'The real widget, with your settings.',
  checking: 'Checking the feed…',
  noFeed: 'Fill in a feed URL.',
  feedOk: 'The feed can be read and is valid.',
  skipped: (count) =>
    `The widget skips ${count === 1 ? '1 item' : `${count} items`} of this feed, with a warning in the console:`,
  feedNetwork:
    'The feed could not be fetched: the address is wrong, the server cannot be reached, or the feed does not allow pages on another site to read it (CORS).',
  feedCrossOrigin: (origin) =>
    `The feed is on another site (${origin}): its answer must carry the header Access-Control-Allow-Origin with this site, or *. On your own page, the same goes for your site.`,
  feedTimeout: (seconds) => `The feed did not answer within ${seconds} seconds.`,
  feedHttp: (status) => `The server answered HTTP ${status}.`,
  feedHttpLogin:
    'The feed needs a login, or is not public. For an intranet feed behind a login, set credentials to include.',
  feedHttpNotFound: 'There is no feed at this address: check the URL.',
  feedHttpServer:
    'The server has a problem; the widget tries again, and shows its error meanwhile.',
  feedParse: 'The answer is not JSON.',
  feedInvalid: (problems) =>
    `The answer is JSON, but not a feed for this widget (${problems === 1 ? '1 problem' : `${problems} problems`}):`,
  feedOtherWidget: (name) => `It is a feed for the “${name}” widget: choose that widget.`,
  feedWidgetSays: 'The widget reports:',
  details: 'Details (in English):',
  snippetTitle: 'Code for your page',
  snippetHelp:
    'For pages that allow scripts: paste it where the widget should appear (in a CMS: a block for HTML). It holds only what you changed.',
  snippetLabel: 'HTML code',
  copy: 'Copy the code',
  copied: 'The code has been copied.',
  copyFailed: 'Copying is not allowed here: select the code and copy it yourself.',
  scriptTitle: 'Script snippet',
  frameTitle: 'Frame',
  frameHelp:
    'For a CMS that allows frames but not scripts (Drupal, TYPO3, a hosted site builder). It starts at the widget’s usual height.',
  frameLabel: 'Frame code',
  frameResize:
    'Add the resize script, which keeps the frame as high as the widget (where the page allows one script)',
  copyFrame: 'Copy the frame',
  urlTitle: 'Embed URL',
  urlHelp:
    'For WordPress or Drupal, where you cannot add scripts or frames: paste the address alone on its own line, and the CMS shows the widget.',
  urlLabel: 'Address',
  embedBase: 'Embed service address',
  embedBaseHelp:
    'Where uzl-widgets serve runs for your site (ask your web team). Filled in with this site’s own /embed.',
  integrityTitle: 'Script snippet with integrity',
  integrityHelp:
    'For a security officer who asks for Subresource Integrity: this exact version, and an import map with the hash of every file the loader may load (checked by Chrome 127+, Firefox 138+, Safari 18+; older browsers load the files unchecked).',
  integrityLabel: 'HTML code with integrity',
  integrityAllTitle: 'One file, with integrity',
  integrityAllHelp:
    'Every widget in one file with its hash: every browser checks it. Larger than the loader, which loads only the widgets on the page.',
  integrityMissing:
    'The hashes of this version could not be read (dist/integrity.json on the CDN). Use the plain snippet, or read them from the package.',
  cspTitle: 'Content-Security-Policy lines',
  cspHelp:
    'Add each source to the directive of the same name in your page’s policy. The sha256 is that of the import map above; drop it with the one-file snippet. Add the hosts of the feed’s images to img-src if they are elsewhere.',
  cspLabel: 'Policy lines',
  copyUrl: 'Copy the address',
};

const nl: Strings = {
  docTitle: 'Embedbouwer – uzl-widgets',
  skip: 'Naar inhoud',
  title: 'Embedbouwer',
  lead: 'Kies een widget, stel hem in, bekijk hem in het voorbeeld en kopieer de code voor uw pagina. Niets te installeren: de code laadt de widgets van een publiek CDN.',
  demoLink: 'Bekijk alle widgets op de demopagina',
  uiLanguage: 'Taal van deze pagina',
  formLabel: 'Instellingen',
  widgetLegend: 'Widget',
  widgetNames: perWidget((w) => w.name.nl),
  feedLegend: 'Feed',
  feedUrl: 'Feed-URL',
  feedHelp:
    'De JSON-feed die de widget toont. De demofeed staat ingevuld; een relatief adres wordt gelezen vanaf deze pagina, en de code krijgt het volledige adres.',
  demoFeed: 'Demofeed gebruiken',
  languageLegend: 'Taal van de widget',
  languageHelp:
    'Volgt de widget de pagina, dan spreekt hij de taal van zijn pagina (haar lang-attribuut).',
  followPage: 'De pagina volgen',
  languageNames: { nl: 'Nederlands', en: 'English', fr: 'Français' },
  themeLegend: 'Licht of donker',
  themeHelp:
    'Volgt de widget de pagina, dan is hij licht, en alleen donker op een pagina die een donker kleurenschema opgeeft.',
  themeFollow: 'De pagina volgen',
  themeLight: 'Licht',
  themeDark: 'Donker',
  themeAuto: 'Automatisch (de systeeminstelling van de bezoeker)',
  ownLegend: (tag) => `Instellingen van ${tag}`,
  sharedLegend: 'Laden en koppen (elke widget heeft deze)',
  notSet: 'Niet ingesteld (de widget beslist)',
  noDefaultHelp: 'Leeg: de widget beslist.',
  on: 'Aan',
  looksLegend: 'Kleuren, lettertype en hoeken',
  primary: 'Hoofdkleur',
  primaryHelp:
    'Links, knoppen en accenten. Elke CSS-kleur, zoals #7a0049. Leeg: het blauw van UZ Leuven.',
  primaryPicker: 'Kies de hoofdkleur',
  primaryInvalid: 'Dit is geen CSS-kleur.',
  font: 'Lettertype',
  fontHelp: 'Een CSS-lettertypelijst, zoals Georgia, serif. Leeg: het lettertype van uw pagina.',
  fontInvalid: 'Een lettertypelijst mag geen ; { } < of > bevatten.',
  radius: 'Hoekafronding (px)',
  radiusHelp: 'Hoeken van kaarten en knoppen. Leeg: 8 px.',
  contrastTitle: 'Te weinig contrast',
  contrastText: (colour, ratio, against, scheme) =>
    `${colour} als tekst op de ${scheme} achtergrond (${against}): ${ratio}:1.`,
  contrastButton: (colour, ratio, against, scheme) =>
    `Knoptekst (${against}) op ${colour}, ${scheme}: ${ratio}:1.`,
  contrastAdvice:
    'Tekst heeft minstens 4,5:1 nodig om voor iedereen leesbaar te zijn (WCAG 2.2 AA). Kies een donkerder of lichtere kleur.',
  schemeLight: 'lichte',
  schemeDark: 'donkere',
  fallbackLegend: 'Reservelink',
  fallbackHelp:
    'Verschijnt voor de widget geladen is, als JavaScript uit staat, en naast de melding als de feed niet lukt.',
  fallbackText: 'Linktekst',
  fallbackHref: 'Linkadres',
  fallbackDefaults: perWidget((w) => w.fallback.text.nl),
  previewTitle: 'Voorbeeld',
  previewHelp: 'De echte widget, met uw instellingen.',
  checking: 'De feed wordt gecontroleerd…',
  noFeed: 'Vul een feed-URL in.',
  feedOk: 'De feed is leesbaar en geldig.',
  skipped: (count) =>
    `De widget slaat ${count === 1 ? '1 item' : `${count} items`} van deze feed over, met een waarschuwing in de console:`,
  feedNetwork:
    'De feed kon niet worden opgehaald: het adres klopt niet, de server is onbereikbaar, of de feed laat pagina’s op een andere site hem niet lezen (CORS).',
  feedCrossOrigin: (origin) =>
    `De feed staat op een andere site (${origin}): zijn antwoord moet de header Access-Control-Allow-Origin dragen, met deze site of *. Op uw eigen pagina geldt hetzelfde voor uw site.`,
  feedTimeout: (seconds) => `De feed antwoordde niet binnen ${seconds} seconden.`,
  feedHttp: (status) => `De server antwoordde HTTP ${status}.`,
  feedHttpLogin:
    'De feed vraagt een login of is niet openbaar. Zet credentials op include voor een intranetfeed achter een login.',
  feedHttpNotFound: 'Op dit adres staat geen feed: controleer de URL.',
  feedHttpServer:
    'De server heeft een probleem; de widget probeert opnieuw en toont intussen zijn foutmelding.',
  feedParse: 'Het antwoord is geen JSON.',
  feedInvalid: (problems) =>
    `Het antwoord is JSON, maar geen feed voor deze widget (${problems === 1 ? '1 probleem' : `${problems} problemen`}):`,
  feedOtherWidget: (name) => `Het is een feed voor de widget ‘${name}’: kies die widget.`,
  feedWidgetSays: 'De widget meldt:',
  details: 'Details (in het Engels):',
  snippetTitle: 'Code voor uw pagina',
  snippetHelp:
    'Voor pagina’s die scripts toelaten: plak hem waar de widget moet komen (in een CMS: een blok voor HTML). Hij bevat alleen wat u wijzigde.',
  snippetLabel: 'HTML-code',
  copy: 'Code kopiëren',
  copied: 'De code is gekopieerd.',
  copyFailed: 'Kopiëren mag hier niet: selecteer de code en kopieer hem zelf.',
  scriptTitle: 'Scriptcode',
  frameTitle: 'Kader',
  frameHelp:
    'Voor een CMS dat kaders toelaat maar geen scripts (Drupal, TYPO3, een gehoste websitebouwer). Het kader begint op de gewone hoogte van de widget.',
  frameLabel: 'Code van het kader',
  frameResize:
    'Voeg het script toe dat het kader even hoog houdt als de widget (waar de pagina één script toelaat)',
  copyFrame: 'Kader kopiëren',
  urlTitle: 'Embed-URL',
  urlHelp:
    'Voor WordPress of Drupal, waar u geen scripts of kaders kunt toevoegen: plak het adres alleen op een eigen regel, en het CMS toont de widget.',
  urlLabel: 'Adres',
  embedBase: 'Adres van de embed-dienst',
  embedBaseHelp:
    'Waar uzl-widgets serve voor uw site draait (vraag het uw webteam). Ingevuld met /embed op deze site.',
  integrityTitle: 'Scriptcode met integriteit',
  integrityHelp:
    'Voor een security officer die Subresource Integrity vraagt: precies deze versie, en een import map met de hash van elk bestand dat de loader kan laden (gecontroleerd door Chrome 127+, Firefox 138+, Safari 18+; oudere browsers laden de bestanden zonder controle).',
  integrityLabel: 'HTML-code met integriteit',
  integrityAllTitle: 'Eén bestand, met integriteit',
  integrityAllHelp:
    'Alle widgets in één bestand met zijn hash: elke browser controleert die. Groter dan de loader, die alleen de widgets op de pagina laadt.',
  integrityMissing:
    'De hashes van deze versie konden niet gelezen worden (dist/integrity.json op het CDN). Gebruik de gewone code, of lees ze uit het pakket.',
  cspTitle: 'Regels voor de Content-Security-Policy',
  cspHelp:
    'Voeg elke bron toe aan de richtlijn met dezelfde naam in het beleid van uw pagina. De sha256 is die van de import map hierboven; laat hem weg bij de code met één bestand. Voeg de hosts van de afbeeldingen van de feed toe aan img-src als ze elders staan.',
  cspLabel: 'Beleidsregels',
  copyUrl: 'Adres kopiëren',
};

const fr: Strings = {
  docTitle: 'Générateur d’intégration – uzl-widgets',
  skip: 'Aller au contenu',
  title: 'Générateur d’intégration',
  lead: 'Choisissez un widget, réglez-le, vérifiez-le dans l’aperçu et copiez le code pour votre page. Rien à installer\u202F: le code charge les widgets depuis un CDN public.',
  demoLink: 'Voir tous les widgets sur la page de démonstration',
  uiLanguage: 'Langue de cette page',
  formLabel: 'Réglages',
  widgetLegend: 'Widget',
  widgetNames: perWidget((w) => w.name.fr),
  feedLegend: 'Flux',
  feedUrl: 'URL du flux',
  feedHelp:
    'Le flux JSON que le widget affiche. Le flux de démonstration est prérempli\u202F; une adresse relative est lue depuis cette page, et le code reçoit l’adresse complète.',
  demoFeed: 'Utiliser le flux de démonstration',
  languageLegend: 'Langue du widget',
  languageHelp: 'S’il suit la page, le widget parle la langue de sa page (son attribut lang).',
  followPage: 'Suivre la page',
  languageNames: { nl: 'Nederlands', en: 'English', fr: 'Français' },
  themeLegend: 'Clair ou sombre',
  themeHelp:
    'S’il suit la page, le widget est clair, et sombre seulement sur une page qui déclare un schéma de couleurs sombre.',
  themeFollow: 'Suivre la page',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  themeAuto: 'Automatique (le réglage système du visiteur)',
  ownLegend: (tag) => `Réglages de ${tag}`,
  sharedLegend: 'Chargement et titres (communs à tous les widgets)',
  notSet: 'Non défini (le widget décide)',
  noDefaultHelp: 'Vide\u202F: le widget décide.',
  on: 'Activé',
  looksLegend: 'Couleurs, police et coins',
  primary: 'Couleur principale',
  primaryHelp:
    'Liens, boutons et accents. Toute couleur CSS, par exemple #7a0049. Vide\u202F: le bleu de l’UZ Leuven.',
  primaryPicker: 'Choisir la couleur principale',
  primaryInvalid: 'Ce n’est pas une couleur CSS.',
  font: 'Police',
  fontHelp:
    'Une liste de polices CSS, par exemple Georgia, serif. Vide\u202F: la police de votre page.',
  fontInvalid: 'Une liste de polices ne peut contenir ni ; ni { } < >.',
  radius: 'Arrondi des coins (px)',
  radiusHelp: 'Coins des cartes et des boutons. Vide\u202F: 8 px.',
  contrastTitle: 'Contraste insuffisant',
  contrastText: (colour, ratio, against, scheme) =>
    `${colour} comme texte sur le fond ${scheme} (${against})\u202F: ${ratio}:1.`,
  contrastButton: (colour, ratio, against, scheme) =>
    `Texte des boutons (${against}) sur ${colour}, ${scheme}\u202F: ${ratio}:1.`,
  contrastAdvice:
    'Un texte demande au moins 4,5:1 pour être lisible par tous (WCAG 2.2 AA). Choisissez une couleur plus foncée ou plus claire.',
  schemeLight: 'clair',
  schemeDark: 'sombre',
  fallbackLegend: 'Lien de secours',
  fallbackHelp:
    'Affiché avant le chargement du widget, sans JavaScript, et à côté du message quand le flux échoue.',
  fallbackText: 'Texte du lien',
  fallbackHref: 'Adresse du lien',
  fallbackDefaults: perWidget((w) => w.fallback.text.fr),
  previewTitle: 'Aperçu',
  previewHelp: 'Le vrai widget, avec vos réglages.',
  checking: 'Vérification du flux…',
  noFeed: 'Indiquez l’URL d’un flux.',
  feedOk: 'Le flux est lisible et valide.',
  skipped: (count) =>
    `Le widget ignore ${count <= 1 ? `${count} élément` : `${count} éléments`} de ce flux, avec un avertissement dans la console\u202F:`,
  feedNetwork:
    'Le flux n’a pas pu être récupéré\u202F: l’adresse est erronée, le serveur est injoignable, ou le flux ne se laisse pas lire par les pages d’un autre site (CORS).',
  feedCrossOrigin: (origin) =>
    `Le flux est sur un autre site (${origin})\u202F: sa réponse doit porter l’en-tête Access-Control-Allow-Origin, avec ce site ou *. Sur votre propre page, il en va de même pour votre site.`,
  feedTimeout: (seconds) => `Le flux n’a pas répondu en ${seconds} secondes.`,
  feedHttp: (status) => `Le serveur a répondu HTTP ${status}.`,
  feedHttpLogin:
    'Le flux demande une connexion ou n’est pas public. Pour un flux d’intranet derrière une connexion, réglez credentials sur include.',
  feedHttpNotFound: 'Il n’y a pas de flux à cette adresse\u202F: vérifiez l’URL.',
  feedHttpServer:
    'Le serveur a un problème\u202F; le widget réessaie et affiche entre-temps son message d’erreur.',
  feedParse: 'La réponse n’est pas du JSON.',
  feedInvalid: (problems) =>
    `La réponse est du JSON, mais pas un flux pour ce widget (${problems <= 1 ? `${problems} problème` : `${problems} problèmes`})\u202F:`,
  feedOtherWidget: (name) =>
    `C’est un flux pour le widget «\u00A0${name}\u00A0»\u202F: choisissez ce widget.`,
  feedWidgetSays: 'Le widget signale\u202F:',
  details: 'Détails (en anglais)\u202F:',
  snippetTitle: 'Code pour votre page',
  snippetHelp:
    'Pour les pages qui acceptent les scripts\u202F: collez-le là où le widget doit apparaître (dans un CMS\u202F: un bloc HTML). Il ne contient que ce que vous avez modifié.',
  snippetLabel: 'Code HTML',
  copy: 'Copier le code',
  copied: 'Le code a été copié.',
  copyFailed: 'La copie n’est pas permise ici\u202F: sélectionnez le code et copiez-le vous-même.',
  scriptTitle: 'Code avec script',
  frameTitle: 'Cadre',
  frameHelp:
    'Pour un CMS qui accepte les cadres mais pas les scripts (Drupal, TYPO3, un créateur de sites hébergé). Le cadre commence à la hauteur habituelle du widget.',
  frameLabel: 'Code du cadre',
  frameResize:
    'Ajouter le script qui garde le cadre aussi haut que le widget (là où la page accepte un script)',
  copyFrame: 'Copier le cadre',
  urlTitle: 'URL d’intégration',
  urlHelp:
    'Pour WordPress ou Drupal, où vous ne pouvez ajouter ni script ni cadre\u202F: collez l’adresse seule sur sa propre ligne, et le CMS affiche le widget.',
  urlLabel: 'Adresse',
  embedBase: 'Adresse du service d’intégration',
  embedBaseHelp:
    'Là où uzl-widgets serve tourne pour votre site (demandez à votre équipe web). Prérempli avec /embed sur ce site.',
  integrityTitle: 'Code avec script et intégrité',
  integrityHelp:
    'Pour un responsable de la sécurité qui demande la Subresource Integrity : exactement cette version, et une import map avec le hachage de chaque fichier que le chargeur peut charger (vérifiée par Chrome 127+, Firefox 138+, Safari 18+ ; les navigateurs plus anciens chargent les fichiers sans contrôle).',
  integrityLabel: 'Code HTML avec intégrité',
  integrityAllTitle: 'Un seul fichier, avec intégrité',
  integrityAllHelp:
    'Tous les widgets dans un seul fichier avec son hachage : chaque navigateur le vérifie. Plus lourd que le chargeur, qui ne charge que les widgets de la page.',
  integrityMissing:
    'Les hachages de cette version n’ont pas pu être lus (dist/integrity.json sur le CDN). Utilisez le code simple, ou lisez-les dans le paquet.',
  cspTitle: 'Lignes de Content-Security-Policy',
  cspHelp:
    'Ajoutez chaque source à la directive du même nom dans la politique de votre page. Le sha256 est celui de l’import map ci-dessus ; supprimez-le avec le code à un seul fichier. Ajoutez à img-src les hôtes des images du flux s’ils sont ailleurs.',
  cspLabel: 'Lignes de la politique',
  copyUrl: 'Copier l’adresse',
};

export const STRINGS: Record<Lang, Strings> = { nl, en, fr };
