// The size table's reference: number-flow, a peer of the stats counter (bench/size-limit.mjs).
export * from 'number-flow';
