import { useEffect, useState } from 'react';
import type { CampusesFeed, Lang, UzlLoadDetail } from 'uzl-widgets';
// The React components: typed props, typed event props, and the element defined on import.
import { UzlAiPublications, UzlCampusCard, UzlEventCalendar, UzlNewsList } from 'uzl-widgets/react';
// A plain tag works too: this defines <uzl-stats-counter>, uzl-widgets/jsx types its props
// (`import type {} from 'uzl-widgets/jsx'` says the same without a module to load).
import 'uzl-widgets/stats-counter.js';
import 'uzl-widgets/jsx';

const languages: Lang[] = ['nl', 'en', 'fr'];

export function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [loads, setLoads] = useState<string[]>([]);
  const [month, setMonth] = useState('');
  // Like many apps, this one fetches some data itself and hands it to the widget: until it
  // arrives, <uzl-campus-card> shows its waiting state, not an error.
  const [campuses, setCampuses] = useState<CampusesFeed>();

  useEffect(() => {
    void fetch('campuses.json')
      .then((response) => response.json() as Promise<CampusesFeed>)
      .then(setCampuses);
  }, []);

  const logLoad = (widget: string) => (event: CustomEvent<UzlLoadDetail>) =>
    setLoads((seen) => [...seen, `${widget}: ${event.detail.count}`]);

  return (
    <main lang={lang}>
      <h1>uzl-widgets in React</h1>
      <label>
        Language{' '}
        <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
          {languages.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
      </label>
      <p>
        Loaded: <output id="loads">{loads.join(', ')}</output>
      </p>
      <p>
        Calendar month: <output id="month">{month}</output>
      </p>

      <UzlNewsList src="news.json" limit={3} layout="list" onUzlLoad={logLoad('news')}>
        <a href="https://www.uzleuven.be/nl/nieuws">UZ Leuven news</a>
      </UzlNewsList>

      <UzlEventCalendar
        src="events.json"
        view="month"
        onUzlLoad={logLoad('events')}
        onUzlMonthChange={(event) => setMonth(event.detail.month)}
      />

      <UzlCampusCard data={campuses} campus="gasthuisberg" onUzlLoad={logLoad('campus')} />

      <uzl-stats-counter src="stats.json" no-animation onuzl-load={logLoad('stats')} />

      <UzlAiPublications src="ai-publications.json" headingLevel={2} onUzlLoad={logLoad('ai')} />
    </main>
  );
}
