// The size table's reference: Lit alone (bench/size-limit.mjs).
export * from 'lit';
