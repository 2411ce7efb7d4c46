// Synthetic events for the calendar benchmark. EVERYTHING HERE IS MADE UP.
//
// `count` events over one year (or in each of some months), deterministic for a given count
// and seed: a share of them packed onto "hot" days (32 or more events on the 17th, then the
// 3rd, … of successive months),
// the rest spread over every day of the year between 08:00 and 19:00 Brussels time, written
// with the right UTC offset (+01:00 or +02:00), and about one in ten all-day.
import type { CalendarEvent, EventsFeed } from '../../src/event-calendar/events-feed.js';
import { prng } from '../../stories/support/prng.js';

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** Day of the month of the last Sunday of `month` (1-based) in `year`. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

const TOPICS = [
  ['Information session', 'Infosessie', "Séance d'information"],
  ['Patient lecture', 'Patiëntenlezing', 'Conférence pour patients'],
  ['Open day', 'Opendeurdag', 'Journée portes ouvertes'],
  ['Support group', 'Lotgenotengroep', 'Groupe de soutien'],
  ['Workshop', 'Workshop', 'Atelier'],
] as const;

export const BENCH_EVENT_MINUTES = 90;

/** Days of the month that get packed, in this order: the 17th of each month first, then the 3rd, … */
const HOT_DAYS = ['17', '03', '10', '24', '06', '13', '20', '27', '08', '15', '22', '01'];

/**
 * The feed: `count` events in `year`, hot days first filled with 32 events each. With
 * `months` (`['2026-03', '2026-04']`), `count` events in each of those months instead: the
 * worst case for a calendar that puts every event of the shown month in the page.
 */
export function syntheticEventsFeed(
  count: number,
  year = 2026,
  seed = 1,
  months?: readonly string[],
): EventsFeed {
  const random = prng(seed);
  const dstStart = `${year}-03-${pad(lastSunday(year, 3))}`;
  const dstEnd = `${year}-10-${pad(lastSunday(year, 10))}`;
  const offset = (day: string) => (day >= dstStart && day < dstEnd ? '+02:00' : '+01:00');
  // The days events may fall on: the year's, or the given months'.
  const ranges = (months ?? [`${year}`]).map((m) => {
    const [y, mo] = [Number(m.slice(0, 4)), m.length > 4 ? Number(m.slice(5, 7)) : 0];
    const start = mo ? Date.UTC(y, mo - 1, 1) : Date.UTC(y, 0, 1);
    const end = mo ? Date.UTC(y, mo, 1) : Date.UTC(y + 1, 0, 1);
    return { start, days: Math.round((end - start) / DAY_MS) };
  });
  const total = months ? count * months.length : count;

  const hotCount = Math.max(1, Math.min(24, Math.floor((total * 0.4) / 32)));
  const hotDays: string[] = [];
  const hotMonths = months ?? Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  for (let i = 0; i < hotCount; i++) {
    const round = Math.floor(i / hotMonths.length);
    hotDays.push(`${hotMonths[i % hotMonths.length]}-${HOT_DAYS[round % HOT_DAYS.length]}`);
  }

  const events: CalendarEvent[] = [];
  for (let i = 0; i < total; i++) {
    const hot = i < hotCount * 32 ? hotDays[i % hotCount] : undefined;
    const range = ranges[i % ranges.length]!;
    const day =
      hot ??
      new Date(range.start + Math.floor(random() * range.days) * DAY_MS).toISOString().slice(0, 10);
    const topic = TOPICS[Math.floor(random() * TOPICS.length)]!;
    const n = i + 1;
    const title = { en: `${topic[0]} ${n}`, nl: `${topic[1]} ${n}`, fr: `${topic[2]} ${n}` };
    const base = {
      id: `bench-${seed}-${n}`,
      title,
      category: random() < 0.5 ? 'info-session' : 'cancer-care',
      location: {
        campus: 'gasthuisberg',
        name: { nl: 'Campus Gasthuisberg', en: 'Campus Gasthuisberg', fr: 'Campus Gasthuisberg' },
      },
    };
    if (!hot && random() < 0.1) {
      events.push({ ...base, start: day, allDay: true });
      continue;
    }
    const startMinutes = 8 * 60 + Math.floor(random() * 44) * 15; // 08:00 … 18:45
    const endMinutes = Math.min(startMinutes + BENCH_EVENT_MINUTES, 23 * 60 + 59);
    const time = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
    events.push({
      ...base,
      start: `${day}T${time(startMinutes)}${offset(day)}`,
      end: `${day}T${time(endMinutes)}${offset(day)}`,
    });
  }
  return {
    version: 1,
    timeZone: 'Europe/Brussels',
    categories: [
      {
        id: 'cancer-care',
        label: { nl: 'Kanker en zorg', en: 'Cancer and care', fr: 'Cancer et soins' },
      },
      {
        id: 'info-session',
        label: { nl: 'Infosessie', en: 'Information session', fr: "Séance d'information" },
      },
    ],
    events,
  };
}
