/** Tip categories, in the order the form shows them. Labels live in site/i18n (category.*). */
export const tipCategories = [
  'child-trafficking',
  'forced-labour',
  'sexual-exploitation',
  'online-child-sale',
  'forced-begging',
  'marriage-fraud',
  'organ-trade',
  'child-labour',
  'online-child-sexual-exploitation',
  'birth-certificate-fraud',
  'other',
] as const;
export type TipCategory = (typeof tipCategories)[number];

/** Where a tip is in its handling; shown to the tipster in plain words. */
export const tipStatuses = ['received', 'in-review', 'need-info', 'referred', 'closed'] as const;
export type TipStatus = (typeof tipStatuses)[number];

/**
 * Where it happened, at province level: the two-digit codes of GB/T 2260 (labels in site/i18n, province.*),
 * plus `abroad` for the cross-border cases the action plan names.
 */
export const provinces = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', 'abroad',
] as const;
export type Province = (typeof provinces)[number];

/** What a row in "who or what was involved" describes (labels in site/i18n, involvedKind.*). */
export const involvedKinds = ['person', 'vehicle', 'phone', 'account'] as const;
export type InvolvedKind = (typeof involvedKinds)[number];
