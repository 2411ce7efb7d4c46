// A React 19 page using the five tags through `uzl-widgets/jsx`, resolved as an installed
// package would be: through package.json `exports`, to the built dist/ types.
// test/node/framework-types.test.mjs type-checks it; each @ts-expect-error must stay an error.
import type {} from 'uzl-widgets/jsx';
import type { NewsFeed, UzlLoadDetail, UzlNewsList } from 'uzl-widgets';
import { useRef } from 'react';

const feed: NewsFeed = { version: 1, items: [] };

export function Page() {
  const ref = useRef<UzlNewsList>(null);
  return (
    <>
      <uzl-news-list
        ref={ref}
        src="https://feeds.example.org/news.json"
        layout="grid"
        limit={3}
        heading-level={2}
        link-target="_blank"
        credentials="include"
        theme="dark"
        onuzl-load={(e) => {
          const detail: UzlLoadDetail = e.detail;
          console.log(detail.count);
        }}
        onuzl-error={(e) => console.log(e.detail.kind, e.detail.status)}
      >
        <a href="https://www.uzleuven.be/nl/nieuws">UZ Leuven news</a>
      </uzl-news-list>
      <uzl-news-list data={feed} />
      <uzl-event-calendar view="list" show-past onuzl-month-change={(e) => e.detail.month} />
      <uzl-campus-card campus="gasthuisberg" />
      <uzl-stats-counter notation="compact" no-animation duration={0} />
      <uzl-ai-publications sections="news" sync-url onuzl-domain-change={(e) => e.detail.domain} />

      {/* @ts-expect-error: not a layout */}
      <uzl-news-list layout="bogus" />
      {/* @ts-expect-error: limit is a number */}
      <uzl-news-list limit={'many'} />
      {/* @ts-expect-error: data is a news feed */}
      <uzl-news-list data={{ items: 'none' }} />
      {/* @ts-expect-error: not a calendar view */}
      <uzl-event-calendar view="week" />
      {/* @ts-expect-error: not a theme */}
      <uzl-campus-card theme="sepia" />
      {/* @ts-expect-error: not a credentials mode */}
      <uzl-stats-counter credentials="always" />
      {/* @ts-expect-error: a news feed is not a stats feed */}
      <uzl-stats-counter data={feed} />
      {/* @ts-expect-error: uzl-load's detail has no month */}
      <uzl-news-list onuzl-load={(e) => e.detail.month} />
      {/* @ts-expect-error: not one of the package's tags */}
      <uzl-news-lists />
    </>
  );
}
