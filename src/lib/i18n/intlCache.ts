/** Intl formatters are costly to make and immutable: one per locale and options, made on first use. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The formatter stored under `key` (locale and options spelled out by the caller), made once by `make`. */
export function cachedFormatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
