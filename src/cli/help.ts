import { MONEY_HELP } from './commands/money.js';

/** One-paragraph help for each command, shown by `--help`. @internal */
export const HELP: Readonly<Record<string, string>> = {
  aukus: `aukus — the AUKUS partnership as sourced data

Usage: aukus [command] [options]

Commands:
  overview                       members, pillars, capability areas and other countries (default)
  status <country>               a country's standing on a date, with its evidence
  members                        the members on a date
  partners --pillar P            countries taking part in a pillar on a date
  timeline                       events in date order
  money [--payer C]              pledges, payments and budgets, with totals per currency
  sources [<id>]                 the sources, or one source in full
  export --format F              the data as json, csv, dot, mermaid, gexf or a datapackage
  validate <file.json>           check your own dataset against the model

Options:
  --json        machine-readable output on stdout (query commands)
  -h, --help    help for a command, e.g. 'aukus status --help'
  -v, --version the package version

Dates are YYYY-MM-DD and default to the snapshot date of the data.
Exit codes: 0 success, 1 validation problems, 2 usage errors.`,
  overview: `Usage: aukus overview [--json]

Members, pillars, Pillar II capability areas and every other country's standing
as of the snapshot date.`,
  status: `Usage: aukus status <country> [--as-of YYYY-MM-DD] [--pillar 1|2] [--json]

The standing of a country with its evidence: the deciding status and claim, the
spell's dates, quotes and sources, and the reported claims beside it.
<country> is a code or a name: JP, JPN, 392, Japan, UK, South Korea.

Examples:
  aukus status JP --as-of 2024-04-09 --pillar 2
  aukus status "South Korea" --json`,
  members: `Usage: aukus members [--as-of YYYY-MM-DD] [--json]

The members on a date.`,
  partners: `Usage: aukus partners --pillar 1|2 [--min-status S] [--as-of YYYY-MM-DD] [--json]

Countries taking part in a pillar. --min-status is the weakest status counted:
member, partner (default), consultation, interest-expressed or floated.
Reported claims count only with --min-status floated.

Example:
  aukus partners --pillar 2 --min-status consultation --as-of 2024-10-01`,
  timeline: `Usage: aukus timeline [--from D] [--to D] [--country C] [--pillar 1|2] [--kind K] [--json]

Events in date order. --kind is statement, meeting, agreement, legislation,
report, exercise or review.

Example:
  aukus timeline --country Japan --from 2024-01-01`,
  money: MONEY_HELP,
  sources: `Usage: aukus sources [<id>] [--json]

Every source cited, or one source in full with the records that cite it.`,
  export: `Usage: aukus export --format json|csv|dot|mermaid|gexf|datapackage [--out PATH]

  json         the whole dataset, valid under parseDataset
  csv          the status spells as tidy rows
  dot          the network as Graphviz DOT
  mermaid      the network as a Mermaid flowchart
  gexf         the standing over time as a dynamic GEXF graph, for Gephi
  datapackage  a Frictionless Data Package; --out names the folder to write

Without --out, every format but datapackage goes to stdout.`,
  validate: `Usage: aukus validate <file.json> [--strict] [--json]

Validates a dataset file against the aukus model and its data rules, and lists
every problem with its path, then any warnings (e.g. a source nothing cites).
Warnings do not fail the check unless --strict is given.
Exit code 0 when valid, 1 when problems are found, 2 when the file cannot be read.`,
};
