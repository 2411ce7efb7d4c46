/**
 * WCAG 2.2's contrast ratio of two opaque sRGB colours (channels 0–255), from 1 to 21. No
 * widget imports it, so it adds nothing to a bundle; the embed builder's colour check and the
 * test suite's contrast measurements both use this one definition.
 */
export function contrastRatio(
  a: readonly [number, number, number, ...number[]],
  b: readonly [number, number, number, ...number[]],
): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.2's relative luminance of an opaque sRGB colour. */
export function relativeLuminance([r, g, b]: readonly [
  number,
  number,
  number,
  ...number[],
]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
