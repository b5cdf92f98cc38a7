// The desil bands the reports count DTSEN households in: the programmes' eligibility lines (DOMAIN.md).

/** PKH reaches desil 1–4, Sembako and PBI-JK desil 1–5 (Kepmensos 79/HUK/2025 as reported); 6–10 none of them. */
export const DESIL_BANDS = ['desil1to4', 'desil5', 'desil6to10', 'desilUnknown'] as const;
export type DesilBand = (typeof DESIL_BANDS)[number];

export const DESIL_BAND_LABELS: Record<DesilBand, string> = {
  desil1to4: 'Desil 1–4 (PKH)',
  desil5: 'Desil 5 (Sembako, PBI-JK)',
  desil6to10: 'Desil 6–10',
  desilUnknown: 'Desil tidak diketahui',
};

/** The band of a listed household's desil (null: listed without a desil). */
export function desilBand(desil: number | null): DesilBand {
  if (desil === null) return 'desilUnknown';
  if (desil <= 4) return 'desil1to4';
  return desil === 5 ? 'desil5' : 'desil6to10';
}
