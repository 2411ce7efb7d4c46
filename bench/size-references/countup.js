// The size table's reference: countup.js, a peer of the stats counter (bench/size-limit.mjs).
export * from 'countup.js';
