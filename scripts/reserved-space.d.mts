/** The stylesheet's source: the rules every widget shares, then each widget's room (nested CSS). */
export function reservedSpaceSource(): string;
/** Writes dist/uzl-widgets.css. */
export function writeReservedSpace(): Promise<void>;
