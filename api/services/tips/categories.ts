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
