/** The benchmark's command line. */
export interface Options {
  sizes: number[];
  runs: number;
  /** Build the Starlight peer beside each size (and the real content beside 12 pages), interleaved. */
  peer: boolean;
  /**
   * A variant of this site to build beside it, interleaved, at each size and on the real content: a git ref
   * (its committed src/, public/, scripts/ and config) or a folder holding such a checkout.
   */
  against: string | undefined;
  /**
   * Only the languages scenario: each size built with the site's three languages and with one (the i18n
   * routing dropped), interleaved; rewrites its own section of docs/benchmarks.md.
   */
  languages: boolean;
  /** One more build per size under the V8 CPU profiler, for the profile's CPU table. */
  profile: boolean;
  /** Saves timed in `astro dev`; 0 skips the dev loop. */
  devSaves: number;
  devPort: number;
  lighthouse: boolean;
  /** Interaction latency in Chromium (interaction.ts); `interactionOnly` skips everything else. */
  interaction: boolean;
  interactionOnly: boolean;
  /** Sizes (generated competencies) of the portfolios the interaction benchmark drives, each a build of its own. */
  interactionPortfolio: number[];
  /** Which of the interaction benchmark's scenarios run: the widget's, the portfolio's, or both. */
  interactionScenarios: ('widget' | 'portfolio')[];
  /** Milliseconds every input, change, click and keydown listener waits first: a deliberately slow run. */
  interactionSlow: number;
  /**
   * Milliseconds of busy loop built into the scoring code (the engine's `assess`, once per task in the
   * browser), in the benchmark's builds only: a deliberately slowed build.
   */
  interactionSlowScoring: number;
  /** How many times slower Chromium's CPU is made for the interaction benchmark (1: not slowed). */
  interactionCpu: number;
  log: boolean;
  keep: boolean;
}

const USAGE =
  'Usage: npm run bench -- [N ...] [--runs R] [--peer] [--languages] [--against REF|DIR] [--no-profile] [--dev-saves S] [--dev-port P] ' +
  '[--no-dev-loop] [--no-lighthouse] [--no-interaction] [--interaction-only] [--interaction-portfolio N[,N...]] ' +
  '[--interaction-scenarios widget,portfolio] [--interaction-slow MS] [--interaction-slow-scoring MS] ' +
  '[--interaction-cpu RATE] [--log] [--keep]';

function wholeNumber(name: string, value: string | undefined, least: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < least)
    throw new Error(`${name} expects a whole number of at least ${least}`);
  return number;
}

const SCENARIOS = ['widget', 'portfolio'] as const;

function scenarioList(value: string | undefined): Options['interactionScenarios'] {
  const list = (value ?? '').split(',').filter(Boolean);
  const known = (name: string): name is (typeof SCENARIOS)[number] =>
    (SCENARIOS as readonly string[]).includes(name);
  if (list.length === 0 || !list.every(known))
    throw new Error(`--interaction-scenarios expects ${SCENARIOS.join(', ')} or both, comma-separated`);
  return SCENARIOS.filter((name) => list.includes(name));
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    sizes: [],
    runs: 3,
    peer: false,
    against: undefined,
    languages: false,
    profile: true,
    devSaves: 7,
    devPort: 4416,
    lighthouse: true,
    interaction: true,
    interactionOnly: false,
    interactionPortfolio: [100, 1000],
    interactionScenarios: [...SCENARIOS],
    interactionSlow: 0,
    interactionSlowScoring: 0,
    interactionCpu: 4,
    log: false,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [arg = '', inline] = (argv[i] ?? '').split('=', 2);
    const value = () => inline ?? argv[++i];
    if (arg === '--runs') options.runs = wholeNumber(arg, value(), 1);
    else if (arg === '--peer') options.peer = true;
    else if (arg === '--languages') options.languages = true;
    else if (arg === '--against') {
      const ref = value();
      if (!ref || ref.startsWith('--')) throw new Error(`--against expects a git ref or a folder. ${USAGE}`);
      options.against = ref;
    } else if (arg === '--no-profile') options.profile = false;
    else if (arg === '--dev-saves') options.devSaves = wholeNumber(arg, value(), 0);
    else if (arg === '--dev-port') options.devPort = wholeNumber(arg, value(), 1);
    else if (arg === '--no-dev-loop') options.devSaves = 0;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--lighthouse') options.lighthouse = true;
    else if (arg === '--no-interaction') options.interaction = false;
    else if (arg === '--interaction-only') options.interactionOnly = true;
    else if (arg === '--interaction-portfolio')
      options.interactionPortfolio = (value() ?? '').split(',').map((n) => wholeNumber(arg, n, 1));
    else if (arg === '--interaction-scenarios') options.interactionScenarios = scenarioList(value());
    else if (arg === '--interaction-slow') options.interactionSlow = wholeNumber(arg, value(), 0);
    else if (arg === '--interaction-slow-scoring')
      options.interactionSlowScoring = wholeNumber(arg, value(), 0);
    else if (arg === '--interaction-cpu') options.interactionCpu = wholeNumber(arg, value(), 1);
    else if (arg === '--log') options.log = true;
    else if (arg === '--keep') options.keep = true;
    else if (/^\d+$/.test(arg)) options.sizes.push(Number(arg));
    else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  if (options.sizes.length === 0) options.sizes = options.languages ? [100] : [100, 1000];
  if (options.interactionOnly && !options.interaction)
    throw new Error(`--interaction-only and --no-interaction contradict each other. ${USAGE}`);
  return options;
}
