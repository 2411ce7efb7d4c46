// The size table's reference: FullCalendar with the month grid and the list, the calendar's peer (bench/size-limit.mjs).
export * from '@fullcalendar/core';
export { default as dayGrid } from '@fullcalendar/daygrid';
export { default as list } from '@fullcalendar/list';
