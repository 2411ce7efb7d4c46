// The size table's reference: Lit and @lit/localize, what the drop-in's core chunk carries (bench/size-limit.mjs).
export * from 'lit';
export * from '@lit/localize';
