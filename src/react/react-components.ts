/**
 * `uzl-widgets/react`: the five widgets as React components, made with `@lit/react`.
 *
 * React 19 already sets properties on defined custom elements; these wrappers add what it
 * does not: the element is defined by importing this module (no `[object Object]` attribute
 * when React renders first), props are typed from the element classes (`data` by its feed),
 * and the `uzl-…` events come as camel-case props with typed details (`onUzlLoad`).
 *
 * The components carry the elements' names (`UzlNewsList` here is the React component; the
 * element class of that name comes from `uzl-widgets`). `react` and `@lit/react` are optional
 * peer dependencies: only this entry imports them.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { UzlErrorDetail, UzlLoadDetail } from '../core/events.js';
import {
  UzlAiPublications as UzlAiPublicationsElement,
  type UzlDomainChangeDetail,
} from '../ai-publications/uzl-ai-publications.js';
import { UzlCampusCard as UzlCampusCardElement } from '../campus-card/uzl-campus-card.js';
import type { UzlEventSelectDetail, UzlMonthChangeDetail } from '../core/events.js';
import { UzlEventCalendar as UzlEventCalendarElement } from '../event-calendar/uzl-event-calendar.js';
import { UzlNewsList as UzlNewsListElement } from '../news-list/uzl-news-list.js';
import { UzlStatsCounter as UzlStatsCounterElement } from '../stats-counter/uzl-stats-counter.js';

/** The events every widget fires, as React props. */
const feedEvents = {
  onUzlLoad: 'uzl-load' as EventName<CustomEvent<UzlLoadDetail>>,
  onUzlError: 'uzl-error' as EventName<CustomEvent<UzlErrorDetail>>,
};

/** `<uzl-news-list>`: news items as cards or a list. */
export const UzlNewsList = createComponent({
  tagName: 'uzl-news-list',
  elementClass: UzlNewsListElement,
  // Named by hand: a minifier may rename the class React DevTools would show.
  displayName: 'UzlNewsList',
  react: React,
  events: feedEvents,
});

/** `<uzl-event-calendar>`: events in a month grid or a list; `onUzlMonthChange` when the visitor pages. */
export const UzlEventCalendar = createComponent({
  tagName: 'uzl-event-calendar',
  elementClass: UzlEventCalendarElement,
  displayName: 'UzlEventCalendar',
  react: React,
  events: {
    ...feedEvents,
    onUzlMonthChange: 'uzl-month-change' as EventName<CustomEvent<UzlMonthChangeDetail>>,
    onUzlEventSelect: 'uzl-event-select' as EventName<CustomEvent<UzlEventSelectDetail>>,
  },
});

/** `<uzl-campus-card>`: one campus, its address, routes and opening hours. */
export const UzlCampusCard = createComponent({
  tagName: 'uzl-campus-card',
  elementClass: UzlCampusCardElement,
  displayName: 'UzlCampusCard',
  react: React,
  events: feedEvents,
});

/** `<uzl-stats-counter>`: key figures that count up once when they come into view. */
export const UzlStatsCounter = createComponent({
  tagName: 'uzl-stats-counter',
  elementClass: UzlStatsCounterElement,
  displayName: 'UzlStatsCounter',
  react: React,
  events: feedEvents,
});

/** `<uzl-ai-publications>`: AI news and publications by medical domain; `onUzlDomainChange` on a filter change. */
export const UzlAiPublications = createComponent({
  tagName: 'uzl-ai-publications',
  elementClass: UzlAiPublicationsElement,
  displayName: 'UzlAiPublications',
  react: React,
  events: {
    ...feedEvents,
    onUzlDomainChange: 'uzl-domain-change' as EventName<CustomEvent<UzlDomainChangeDetail>>,
  },
});
