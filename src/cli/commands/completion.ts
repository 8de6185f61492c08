import type { OptionSpec } from '../args.js';
import { parse } from '../args.js';
import { loadContext } from '../context.js';
import type { Io } from '../io.js';
import { COMMAND_SPECS, type CommandSpec, ROLE_NAMES, SHELLS } from '../spec.js';
import { UsageError } from '../usage-error.js';

interface Words {
  readonly countries: readonly string[];
  readonly pillars: readonly string[];
  readonly sources: readonly string[];
}

const COMMON_FLAGS = ['--help', '--json'];
const SPECS: readonly (readonly [string, CommandSpec])[] = Object.entries(COMMAND_SPECS);
const flagsOf = (spec: CommandSpec) => [...COMMON_FLAGS, ...spec.options.map((o) => `--${o.name}`)];

/** The words a value can take; 'files' for a path, none for a date. */
function valueWords(spec: OptionSpec, words: Words): readonly string[] | 'files' {
  const { value } = spec;
  if (value === 'country') return words.countries;
  if (value === 'pillar') return words.pillars;
  if (value === 'file' || value === 'path') return 'files';
  if (value === undefined || value === 'date') return [];
  return value;
}

function positionalWords(spec: CommandSpec, words: Words): readonly string[] | 'files' {
  const kinds = spec.positionals;
  if (kinds.includes('file')) return 'files';
  return kinds.flatMap((kind) =>
    kind === 'country'
      ? words.countries
      : kind === 'source'
        ? words.sources
        : kind === 'role'
          ? Object.keys(ROLE_NAMES)
          : kind === 'shell'
            ? SHELLS
            : [],
  );
}

function bash(words: Words): string {
  const commands = SPECS.map(([name]) => name);
  // A flag's values depend on the command: --kind is an event kind for timeline, a money kind
  // for money.
  const values = SPECS.flatMap(([command, spec]) =>
    spec.options
      .filter((option) => option.type === 'string')
      .map((option) => {
        const list = valueWords(option, words);
        const reply =
          list === 'files'
            ? 'COMPREPLY=($(compgen -f -- "$cur"))'
            : `COMPREPLY=($(compgen -W "${list.join(' ')}" -- "$cur"))`;
        return `    "${command} --${option.name}") ${reply}; return ;;`;
      }),
  ).join('\n');
  const perCommand = SPECS.map(([command, spec]) => {
    const positional = positionalWords(spec, words);
    const pos = positional === 'files' ? '' : positional.join(' ');
    const files = positional === 'files' ? ' files=1;' : '';
    return `    ${command}) flags="${flagsOf(spec).join(' ')}"; words="${pos}";${files} ;;`;
  }).join('\n');
  return `# aukus completion for bash. Load it with: source <(aukus completion bash)
_aukus() {
  local cur prev cmd flags words files
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${commands.join(' ')} help --help --version" -- "$cur"))
    return
  fi
  case "$cmd $prev" in
${values}
  esac
  files=0
  case "$cmd" in
${perCommand}
    help) flags=""; words="${commands.join(' ')}" ;;
    *) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  elif [ "$files" = 1 ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  fi
}
complete -F _aukus aukus
`;
}

function zsh(words: Words): string {
  const commands = Object.keys(COMMAND_SPECS);
  const values = SPECS.flatMap(([command, spec]) =>
    spec.options
      .filter((option) => option.type === 'string')
      .map((option) => {
        const list = valueWords(option, words);
        const reply = list === 'files' ? '_files' : `compadd -- ${list.join(' ')}`;
        return `    "${command} --${option.name}") ${reply}; return ;;`;
      }),
  ).join('\n');
  const perCommand = SPECS.map(([command, spec]) => {
    const positional = positionalWords(spec, words);
    const reply = positional === 'files' ? '_files' : `compadd -- ${positional.join(' ')}`;
    return `    ${command}) if [[ $PREFIX == -* ]]; then compadd -- ${flagsOf(spec).join(' ')}; else ${reply}; fi ;;`;
  }).join('\n');
  return `#compdef aukus
# aukus completion for zsh. Load it with: source <(aukus completion zsh)
_aukus() {
  if (( CURRENT == 2 )); then
    compadd -- ${commands.join(' ')} help --help --version
    return
  fi
  case "\${words[2]} \${words[CURRENT-1]}" in
${values}
  esac
  case "\${words[2]}" in
${perCommand}
    help) compadd -- ${commands.join(' ')} ;;
  esac
}
compdef _aukus aukus
`;
}

function fish(words: Words): string {
  const commands = SPECS;
  const quote = (text: string) => `'${text.replace(/'/g, "\\'")}'`;
  const lines = [
    '# aukus completion for fish. Load it with: aukus completion fish | source',
    'complete -c aukus -f',
    ...commands.map(
      ([name, spec]) =>
        `complete -c aukus -n __fish_use_subcommand -a ${name} -d ${quote(spec.summary)}`,
    ),
    'complete -c aukus -n __fish_use_subcommand -l version -s v -d version',
  ];
  for (const [name, spec] of commands) {
    const when = `-n '__fish_seen_subcommand_from ${name}'`;
    lines.push(`complete -c aukus ${when} -l help -s h`, `complete -c aukus ${when} -l json`);
    for (const option of spec.options) {
      if (option.type === 'boolean') {
        lines.push(`complete -c aukus ${when} -l ${option.name}`);
        continue;
      }
      const list = valueWords(option, words);
      lines.push(
        list === 'files'
          ? `complete -c aukus ${when} -l ${option.name} -r -F`
          : list.length === 0
            ? `complete -c aukus ${when} -l ${option.name} -x`
            : `complete -c aukus ${when} -l ${option.name} -x -a ${quote(list.join(' '))}`,
      );
    }
    const positional = positionalWords(spec, words);
    lines.push(
      positional === 'files'
        ? `complete -c aukus ${when} -F`
        : positional.length > 0
          ? `complete -c aukus ${when} -a ${quote(positional.join(' '))}`
          : '',
    );
  }
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}

/** `aukus completion bash|zsh|fish`: a completion script on stdout. @internal */
export async function completion(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals, json } = parse('completion', args, [], 1);
  if (json) throw new UsageError('completion: --json does not apply; it prints a shell script');
  const shell = positionals[0];
  if (shell === undefined || !(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(
      `completion: ${shell === undefined ? 'missing <shell>' : `unknown shell '${shell}'`}; accepted: ${SHELLS.join(', ')}, e.g. 'source <(aukus completion bash)'`,
    );
  }
  const { data } = await loadContext(io, values);
  const words: Words = {
    countries: data.countries.map((c) => c.id),
    pillars: data.pillars.flatMap((p) => [String(p.number), p.id]),
    sources: data.sources.map((s) => s.id),
  };
  io.out(shell === 'bash' ? bash(words) : shell === 'zsh' ? zsh(words) : fish(words));
  return 0;
}
