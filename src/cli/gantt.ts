/** The part of a span the chart reads. @internal */
export interface GanttSpan {
  readonly status: string;
  readonly claim: string;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, inclusive. */
  readonly end: string;
}

const LETTERS: Readonly<Record<string, string>> = {
  member: 'M',
  partner: 'P',
  consultation: 'C',
  'interest-expressed': 'I',
  floated: 'F',
  'ruled-out': 'X',
};

/** The character for a standing: upper case official, lower case reported only. @internal */
export function spanChar(status: string | undefined, claim: string | undefined): string {
  if (status === undefined) return '·';
  const letter = LETTERS[status] ?? '?';
  return claim === 'reported' ? letter.toLowerCase() : letter;
}

/** The legend of {@link spanChar}, in two lines. @internal */
export const SPAN_LEGEND: readonly string[] = [
  'M member, P partner, C consultation, I interest-expressed, F floated,',
  'X ruled-out; lower case: reported only; · nothing known',
];

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month ends from the first month to the last day known, which stands in for the last. @internal */
export function monthEnds(first: string, last: string): string[] {
  const ends: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7) || '1');
  for (;;) {
    const end = lastDay(year, month);
    if (end >= last) {
      ends.push(last);
      return ends;
    }
    ends.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** One character a month for a row's spans, read on each month's last day. @internal */
export function ganttRow(spans: readonly GanttSpan[], ends: readonly string[]): string {
  return ends
    .map((day) => {
      const span = spans.find((s) => s.start <= day && day <= s.end);
      return spanChar(span?.status, span?.claim);
    })
    .join('');
}

/** The year labels above the chart, each over the first column of its year. @internal */
export function ganttAxis(ends: readonly string[]): string {
  let axis = '';
  ends.forEach((day, index) => {
    const year = day.slice(0, 4);
    const starts = index === 0 || ends[index - 1]?.slice(0, 4) !== year;
    if (!starts || (index > 0 && axis.length >= index)) return;
    // The first, partial year gets a label only when it leaves room before the next one.
    if (index === 0 && day.slice(5, 7) !== '01') {
      const next = ends.findIndex((d) => d.slice(0, 4) !== year);
      if (next !== -1 && next < year.length + 1) return;
    }
    axis = axis.padEnd(index) + year;
  });
  return axis;
}

/** Every `step`-th month end, always keeping the last. @internal */
export function everyNth(ends: readonly string[], step: number): string[] {
  return ends.filter((_, index) => (ends.length - 1 - index) % step === 0);
}
