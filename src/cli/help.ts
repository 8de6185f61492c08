import { MONEY_HELP } from './commands/money.js';

/** One-paragraph help for each command, shown by `--help`. @internal */
export const HELP: Readonly<Record<string, string>> = {
  aukus: `aukus — the AUKUS partnership as sourced data

Usage: aukus [command] [options]

Commands:
  overview                  members, pillars, capability areas, other countries
  status <country>          a country's standing on a date, in short
  members                   the members on a date
  partners --pillar P       countries taking part in a pillar on a date
  changes --from D          changes of standing between two dates
  spans                     every standing over time, one character a month
  office <country> <role>   who held an office: pm, head-of-state, defence
  timeline                  events in date order
  money [--payer C]         pledges, payments and budgets, totals per currency
  sources [<id>]            the sources, or one source in full
  export --format F         json, csv, dot, mermaid, gexf or datapackage
  validate <file.json>      check your own dataset against the model
  completion bash|zsh|fish  a shell completion script

Options:
  --json         machine-readable output on stdout (query commands)
  --data FILE    answer from your own dataset (query commands and export)
  --known-at D   only what was public on that day (status, changes, spans, ...)
  -h, --help     help for a command, e.g. 'aukus status --help'
  -v, --version  the package version

Dates are YYYY-MM-DD and default to the snapshot date of the data. Output fits
the terminal, or COLUMNS when it is set; a pipe gets unwrapped lines.
Exit codes: 0 success, 1 validation problems, 2 usage errors.`,
  overview: `Usage: aukus overview [--known-at D] [--data FILE] [--json]

Members, pillars, Pillar II capability areas and every other country's standing
as of the snapshot date.`,
  status: `Usage: aukus status <country> [--as-of D] [--pillar 1|2] [--known-at D]
                    [--evidence] [--data FILE] [--json]

The standing of a country in short: the deciding status with its claim, scope
and dates, the strongest source with its quote, and how much more evidence
there is. --evidence prints every source, quote and reported claim.
--known-at D answers with only the sources published by that day.
<country> is a code or a name: JP, JPN, 392, Japan, UK, South Korea.

Examples:
  aukus status JP --as-of 2024-04-09 --pillar 2
  aukus status JP --as-of 2024-04-09 --evidence
  aukus status "South Korea" --json`,
  members: `Usage: aukus members [--as-of D] [--known-at D] [--data FILE] [--json]

The members on a date.`,
  partners: `Usage: aukus partners --pillar 1|2 [--min-status S] [--as-of D]
                      [--known-at D] [--data FILE] [--json]

Countries taking part in a pillar. --min-status is the weakest status counted:
member, partner (default), consultation, interest-expressed or floated.
Reported claims count only with --min-status floated.

Example:
  aukus partners --pillar 2 --min-status consultation --as-of 2024-10-01`,
  changes: `Usage: aukus changes --from D [--to D] [--country C] [--pillar 1|2]
                     [--known-at D] [--data FILE] [--json]

Every change of standing after --from up to and including --to (default: the
snapshot date), each once, in the scope where it happened: the partnership as a
whole or a pillar. --pillar keeps that pillar and the partnership-wide changes.

Example:
  aukus changes --from 2024-01-01 --to 2024-12-31 --pillar 2`,
  spans: `Usage: aukus spans [--country C] [--pillar 1|2] [--known-at D] [--data FILE]
                   [--json]

The deciding standing of every country over time as a text chart: one row per
country and scope, one character per month, read on the month's last day.
Upper case is an official claim, lower case a reported one.

Example:
  aukus spans --pillar 2`,
  office: `Usage: aukus office <country> <role> [--as-of D] [--data FILE] [--json]

Who held an office on a date, with the evidence. <role> is pm (or
head-of-government), head-of-state, or defence (defence-minister). Says "not
recorded" when the data has no holder.

Example:
  aukus office UK pm --as-of 2022-09-10`,
  timeline: `Usage: aukus timeline [--from D] [--to D] [--country C] [--pillar 1|2]
                      [--kind K] [--known-at D] [--data FILE] [--json]

Events in date order. --kind is statement, meeting, agreement, legislation,
report, exercise or review.

Example:
  aukus timeline --country Japan --from 2024-01-01`,
  money: MONEY_HELP,
  sources: `Usage: aukus sources [<id>] [--data FILE] [--json]

Every source cited, or one source in full with the records that cite it.`,
  export: `Usage: aukus export --format F [--out PATH] [--as-of D] [--min-status S]
                    [--known-at D] [--data FILE]

  json         the whole dataset, valid under parseDataset
  csv          the status spells as tidy rows, each with its dates
  dot          the network on one date as Graphviz DOT
  mermaid      the network on one date as a Mermaid flowchart
  gexf         every standing over time as a dynamic GEXF graph, for Gephi
  datapackage  a Frictionless Data Package; --out names the folder to write

--as-of and --min-status choose the date and the weakest status drawn (dot,
mermaid); --known-at keeps only what was public that day (gexf). A flag that
means nothing for a format is refused. Without --out, every format but
datapackage goes to stdout.`,
  validate: `Usage: aukus validate <file.json> [--strict] [--json]

Validates a dataset file against the aukus model and its data rules, and lists
every problem with its path, then any warnings (e.g. a source nothing cites).
Warnings do not fail the check unless --strict is given. Exit code 0 when
valid, 1 when problems are found, 2 when the file cannot be read.`,
  completion: `Usage: aukus completion bash|zsh|fish

Prints a completion script for commands, flags, country codes and pillars.

  bash:  source <(aukus completion bash)     (add it to ~/.bashrc)
  zsh:   source <(aukus completion zsh)      (add it to ~/.zshrc)
  fish:  aukus completion fish > ~/.config/fish/completions/aukus.fish`,
};
