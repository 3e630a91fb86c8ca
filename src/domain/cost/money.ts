/** Money in the chosen currency, whole units, never converted: "€48,000", "US$4,129"; a currency we do not name gets none. */
export function formatMoney(amount: number, currency: string | null): string {
  const rounded = Math.round(amount);
  if (currency === null || currency === 'other') return `${rounded < 0 ? '−' : ''}${Math.abs(rounded).toLocaleString('en-GB')}`;
  const text = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: currency.toUpperCase(),
    currencyDisplay: 'symbol',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(Math.abs(rounded));
  return `${rounded < 0 ? '−' : ''}${text}`;
}

/** A low-high range of money: one figure when both ends round alike. */
export function formatMoneyRange(range: { low: number; high: number }, currency: string | null): string {
  const low = formatMoney(range.low, currency);
  const high = formatMoney(range.high, currency);
  return low === high ? low : `${low} to ${high}`;
}

/** The name of the currency, for headings: "EUR", or "your currency" when none is named. */
export function currencyName(currency: string | null): string {
  return currency === null || currency === 'other' ? 'your currency' : currency.toUpperCase();
}
