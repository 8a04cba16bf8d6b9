export const LOCALES = ['sv', 'nb', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Plain strings or functions of named parameters; every locale has every key (checked by the compiler). */
export type Message = string | ((p: Record<string, string | number>) => string);
