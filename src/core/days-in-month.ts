/**
 * The Gregorian calendar's month lengths, written once for the validator's date formats and the
 * calendar's reading of offset-less date-times. Arithmetic, not a Date: both run thousands of
 * times on a cold page.
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
