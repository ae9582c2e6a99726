<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BackendNote</name>
    <message>
        <source>1 poison pill: the worker exited on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 poison pills: each worker exited on its pill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 workers exited on a poison pill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process start-up %1 (slowest worker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureSeries</name>
    <message>
        <source>numbers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal T₁/k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, 4-core laptop (processes, scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, 4-core laptop (processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work: busiest worker&apos;s divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted from the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, predicted from the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prime check time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, 4-core laptop (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, 4 workers (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue + poison pills (processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked pool (processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial (one loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, queue (relative to its serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, predicted from the work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>The result cache cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (fig. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darts in the unit square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 000 darts thrown at the unit square; the share inside the quarter circle is π/4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate wanders between about 3.0 and 3.2 from seed to seed: its error shrinks only like 1/√N, so three decimals need about 10 million darts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-worker busy and idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per worker process: each chunk of the book&apos;s range is a bar from when the worker started it to when it finished. Gaps are idle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more workers than cores the lanes stretch: the cores are shared. At the end some workers finish early and wait for the last chunks (the hatched tail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers checked, trial divisions and busy time per worker process for the book&apos;s range handed out in Python&apos;s default chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal counts of numbers do not mean equal work: the divisions differ, and so do the busy times — the imbalance is the slowest worker over the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π, scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 darts per point (the fastest ≥ %2 s) × %3 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book&apos;s size: %1 darts × %2 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation time vs number of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same number of darts thrown by 1…K workers on each execution model: GIL-bound threads, worker processes and oneTBB tasks. The dashed line is the ideal T₁/k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gil-threads stay flat: one lock lets one thread compute at a time. processes and tbb halve the time with each doubling — until the physical cores run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up vs number of workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-vs-workers runs as speed-up T₁/Tₖ per execution model, the ideal line y = k, the processes&apos; efficiency (speed-up ÷ k, 0…1) and an Amdahl fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up follows the ideal line up to the physical cores and then flattens; the fitted serial fraction says how much of the run cannot be parallelised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed-up T₁/Tₖ (efficiency 0…1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Amdahl fit (needs 2+ worker counts within %1 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one primality check vs n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial divisions tried by check_prime for numbers n between 10 000 and 1 000 000 (a sample), primes and composites in two colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primes trace the √n/2 envelope (every odd divisor up to √n is tried); composites scatter below it — the cost of an item cannot be known before checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial divisions per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to check all primes from 1 to n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each n, the time one worker takes to check every number from 1 to n — the seed&apos;s own plot, measured here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve bends upwards: bigger numbers cost more (√n divisions for a prime), so the total grows faster than n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book&apos;s size: %1 × %2 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 passes (each point ≥ %3 s) × %4 repeats, per pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk&apos;s hand-out costs ≈ %1 µs (batched, chunksize 1 vs the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time vs chunksize (primes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s range checked by a process pool for chunksizes from 1 to half the range: the seed&apos;s loop in natural and shuffled order, and the batched kernel (the same divisions, ~20× cheaper). The dotted line is Python&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A U: tiny chunks pay a round trip to a worker per chunk; huge chunks leave workers idle at the end. Shuffling evens the chunks&apos; cost out a little. With cheap items (batched) the round trips dominate longer: the U&apos;s bottom moves to larger chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunksize (numbers per chunk, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python&apos;s default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time vs number of chunks (primes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s range cut into 1…32 equal chunks for a pool of workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saw-tooth: dips where the chunks divide evenly among the workers (the dotted lines); one chunk more means a last round in which most workers sit idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiples of %1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue workers vs process pool vs serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same range checked by Process-style workers fed one number at a time from a job queue (ended by one poison pill each), by a chunked pool, and by one serial loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With light jobs the queue&apos;s per-job communication dominates: more queue workers do not help, and the serial loop can win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hundred million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ten thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementNotes</name>
    <message>
        <source>the machine was busy: other programs used %1 cores — results may not show the lesson; close them and measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) vary by more than 25 %1 between repeats (up to ×%2) — re-measure them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parlab::Args</name>
    <message>
        <source>unknown option &apos;%1&apos; for %2 (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value (got the option &apos;%2&apos;; write %1=VALUE for a value that starts with --)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 (got &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of milliseconds in 0.01…1000, like 5 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds in 0.01…60, like 0.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not exceed --to (from %1, to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ChartExport</name>
    <message>
        <source>%1, %2 physical / %3 logical cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this chart is a dense dart cloud: export it as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::Cli</name>
    <message>
        <source>Note: other programs used %1 cores during the run — the time may not show the lesson; close them and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;parlab run&apos; needs an experiment: pi or primes (see parlab run --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown experiment &apos;%1&apos; (allowed: pi, primes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  parlab run pi [--samples N] [--workers K] [--blocks B] [--seed S]
                [--kernel scalar|batched] [--seeding independent|identical]
                [--backend tbb|gil-threads|processes] [--switch-interval MS] [--json]
  parlab run primes [--from A] [--to B] [--workers K] [--schedule static|chunked|auto|queue]
                [--chunksize C] [--grainsize G] [--order natural|shuffled|costliest]
                [--seed S] [--kernel scalar|batched] [--backend tbb|gil-threads|processes]
                [--switch-interval MS] [--json]
  Both take --repeat N (1…1000): the run N times; the time shown is the median, and --json
  lists every repeat with min, median, max and MAD.
Numbers may be written as 100000000 or 1e8. Defaults: pi 1e8 darts; primes 1e8 … 1e8+1e5
(the book&apos;s range); workers = physical cores; chunksize 0 = Python&apos;s ceil(n / (4·workers)),
for queue 1 (one number per job). --switch-interval: gil-threads&apos; hand-over interval (5 ms).
primes --kernel: scalar (default) is the seed&apos;s loop; batched tries the same divisors, vectorised.
The processes backend runs parlab-worker from this program&apos;s directory, or from ../libexec/parlab
when installed (or $PARLAB_WORKER).
--lang ko|en: the language of help and messages (default: the system&apos;s).
Exit codes: 0 done, 1 failed, 2 bad arguments, 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::Count</name>
    <message>
        <source>%1 needs a number (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too small: %2 (allowed: %3 … %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::FigureMain</name>
    <message>
        <source>--target calibrates --quick figures; the book&apos;s size is measured as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure needs a NAME or --list (see parlab figure --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figure &apos;%1&apos; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to figure %2 (it takes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, e.g. 1200x800 (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be at most 8000x8000 (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .png, .jpg or .svg file, the format to write (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv and --out name the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes no other arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be at least %1x%2 for figure %3 (got %4x%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached, measured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (run again with --no-cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure came out %1x%2, not the %3x%4 asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3) and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  parlab figure --list
  parlab figure NAME --out FILE.png|.jpg|.svg [--size WxH] [--csv FILE.csv] [--quick]
                [--no-cache] [--book] [--no-footer] [--workers K] [--samples N] [--from A] [--to B]
                [--repeat N] [--target S]
Renders without a display. --quick calibrates the size so each timed point lasts at least
--target seconds (0.3 by default); without it, the book&apos;s size. Every timed point is measured
--repeat times (3 by default): the chart shows the median and the min-max spread, the CSV every
repeat. A busy machine or points whose repeats disagree are reported on stderr and on the chart.
The image format follows the name of --out. Measurements are cached (see --no-cache).
--lang ko|en: the language of the chart and the messages (default: the system&apos;s).
Exit codes: 0 written, 1 failed, 2 bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::FileWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: no program is reading this FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, a FIFO or a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::GuiMain</name>
    <message>
        <source>--lab must be pi, primes or figures (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to the %2 (it takes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--figure must be one of %1 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run and --sweep cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sweep must be one of %1 on the %2 (got &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --run or --sweep (it is taken when they end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parlab (the command line is: parlab run pi|primes …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open the window on (set DISPLAY, run under xvfb-run, or use QT_QPA_PLATFORM=offscreen); for headless runs use: parlab run pi|primes …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parlab [--lab pi|primes|figures] [settings] [--run | --sweep KIND] [--screenshot FILE.png]
parlab — watch parallel work happen.

Without options it opens the labs. For headless runs use the command line:
  parlab run pi|primes …   (see: parlab run --help)
  parlab figure NAME --out FILE.png …   (see: parlab figure --help)

Options:
  -h, --help           Show this help.
  --version            Show parlab&apos;s version.
  --lang LANG          The language: ko|en (default: the saved choice, else the system&apos;s).
  --lab LAB            Open on this lab: pi|primes|figures.
  --run                Start a run at once.
  --sweep KIND         Start a sweep at once: workers (pi); chunksize|chunks|cost|to-n (primes).
  --screenshot FILE    Save the window as PNG when the run or sweep ends, then quit.
Settings (the same values and limits as parlab run):
  --workers K          Number of workers (1…256).
  --samples N          pi: darts to throw (1e8 style accepted).
  --blocks B           pi: pieces the darts are cut into (default: one per worker).
  --seed S             Random seed.
  --kernel K           scalar|batched (pi: darts one by one or numpy-style blocks; primes:
                       the seed&apos;s % loop or the same divisions 16 at a time).
  --seeding S          pi: independent|identical.
  --backend B          Execution model: tbb|gil-threads|processes.
  --from A, --to B     primes: the range to check.
  --chunksize C        primes: numbers per chunk (0 = Python&apos;s default).
  --schedule S         primes: static|chunked|auto|queue.
  --order O            primes: natural|shuffled|costliest.
  --figure NAME        figures: the figure to open (see: parlab figure --list).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primes lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::LabSettings</name>
    <message>
        <source>--figure must be one of %1 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be %2 (got &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be worker counts like 1-10 or 1,2,4,8 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a range that runs backwards (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name at least one worker count (e.g. 1-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to the π lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first number must not be larger than the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers must be 1…%1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primes lab has no setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::Language</name>
    <message>
        <source>--lang must be ko or en (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::Measure</name>
    <message>
        <source>target must be more than 0 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target time must be 0 or more seconds, with at least one pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to 1…n needs a last number and at least one step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::Run</name>
    <message>
        <source>%1 must be 1…1e11 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1…1e7 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not exceed samples (%2 blocks for %3 darts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most 2^53 = 9007199254740992 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not exceed to (from %2, to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 (default) … 2^53 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1…256 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0.01…1000 ms (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0.01…3600 s (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::DartBoardChart</name>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x² + y² = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dart board — press Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π ≈ %1 from %2 darts&lt;br&gt;&lt;small&gt;%3 of them drawn&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::EstimateChart</name>
    <message>
        <source>Estimate vs darts thrown: the error shrinks like 1/√N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darts thrown (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π̂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±3 standard errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π = 3.14159…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π̂ = 4 · hits / darts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::ExportMenu</name>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG, %1× (%2 × %3 px)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG (not for dense dart clouds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add footer (parameters, machine, version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .jpg or .svg (the format to write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::FigureSwitch</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::FiguresPage</name>
    <message>
        <source>the Figures page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the book&apos;s results (dashed, normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure at the book&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each timed point is measured this many times; the chart shows the median and the spread from the fastest to the slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure (calibrated) grows the problem until each timed point lasts this long: short runs are mostly noise. The book&apos;s size is measured as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each point ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again only the points whose repeats differ by more than 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every stored measurement of this machine and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache cleared: every figure will be measured again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — book figure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;Look for:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached, measured %1 — press Measure to measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured on this machine yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the noisy points again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring on this machine; each point is drawn as it is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured now, in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::LanguageSwitch</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run first, then change the language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::MachineLoadLabel</name>
    <message>
        <source>⚠ other programs use %1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine quiet (others: %1 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cores other programs used over one second, read when a page opens. Above %1 they disturb what parlab measures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::MainWindow</name>
    <message>
        <source>parlab — watch parallel work happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 physical / %3 logical cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: choose settings and press Run (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a chart first: its export menu opens over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart under the pointer as PNG, SVG or CSV, or copy it (Ctrl+E); right-click any chart for the same menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About parlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About parlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;parlab %1&lt;/h3&gt;&lt;p&gt;A desktop lab in which a class watches parallel work happen: darts thrown by N workers estimating π, prime checks handed out in chunks, and the time-vs-workers curves that come out, measured live on this machine.&lt;/p&gt;&lt;p&gt;After the &lt;i&gt;multiprocessing&lt;/i&gt; chapter of &lt;i&gt;High Performance Python&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::PiControls</name>
    <message>
        <source>How many workers throw darts at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 darts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many darts to throw in all (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (one per worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pieces the darts are cut into; idle workers take the next piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tbb: oneTBB tasks · gil-threads: threads behind one lock · processes: real processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar: one dart at a time (a Python loop) · batched: vectorised blocks (numpy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical: every block replays the same darts — more darts, no better estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker counts the sweep measures: a range (1-10) or a list (1,2,4,8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical seeding:&lt;/b&gt; every worker replays the same darts — the forked-numpy pitfall (each forked process inherits the same random state). With “colour by worker” their darts land on the same spots, and adding workers no longer shrinks the error: more darts, no new information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker count is measured this many times: the chart shows the median and the spread from the fastest to the slowest, the tooltip every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the fastest worker count would finish sooner, the sweep throws more darts (the chart&apos;s title says how many): short runs are mostly noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest point ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again only the worker counts whose repeats differ by more than 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oneTBB tasks on a thread pool: real parallel threads, no lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads behind one lock (the GIL): one computes at a time, so no speed-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real worker processes: truly parallel, but each pays a start-up and a pipe message per chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dart at a time: the pure-Python loop&apos;s shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectorised blocks (numpy&apos;s shape): the lock is released during the vector maths, held while drawing random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectorised blocks: numpy&apos;s shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sweep workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parlab::ui::PiLabPage</name>
    <message>
        <source>the π lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-up and efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour each dart by the worker that threw it (misses faded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>running: %1 darts on %n worker(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 darts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sweep finished: %n worker count(s), %1 → %2 (%3×)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished in %1 — π ≈ %2 (error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>π lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached, measured %1 (Sweep measures again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Sweep workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the π lab sweeps workers only (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibrating: timing the fastest worker count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: %1 darts (or more, to last ≥ %2 s) at %3 worker counts × %4 repeats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 darts per point × %2 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 darts per point (×%2, so the fastest lasts ≥ %3 s) × %4 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sweep: %n worker(s) took %1 (median)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>re-measuring %n worker count(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parlab::ui::PrimesControls</name>
    <message>
        <source>A whole number, e.g. 100000000 or 1e8 (at most 2^53)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per chunk: an idle worker takes the next chunk from a shared queue (multiprocessing.Pool.map&apos;s chunksize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python&apos;s Pool.map default: ceil(n / (4 · workers)), about 4 chunks per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar: the seed&apos;s check_prime loop, one % at a time (the shape of pure Python). batched: the same divisions, 16 at once with multiplications by inverses — about 20× faster, so the cost of handing out chunks shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunksize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Python&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static: one block per worker (%1 numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: work stealing splits down to grain size 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: work stealing splits down to this grain size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chunks ≈ %2 per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunksize %1 is more than the %2 numbers in the range: %2 is used · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 of work: Stop works at any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::PrimesLabPage</name>
    <message>
        <source>the primes lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunksize (fig. 9-11/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of chunks (fig. 9-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per number (fig. 9-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to check 1…n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sweep point is measured this many times: the chart shows the median and the spread from the fastest to the slowest, the tooltip every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of the book&apos;s range lasts ~40 ms here, mostly noise: each point repeats the range until one measurement lasts this long, and plots the time per pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk (alternating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again only the points of this sweep whose repeats differ by more than 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-worker load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunksize sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk-count sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to 1…n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 primes among %2 numbers in %3 · %4 chunks of %5 · %6 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primes lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers, passed until each point lasts ≥ %2 s, × %3 repeats; time per pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sweep &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-measuring %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parlab::ui::QueueDepthChart</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs waiting in the queue: the feeder fills it, workers empty it one job at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job queue: no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job queue: %1 queued now, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::RunControls</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run with these settings (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run or sweep under way (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring. One measurement at a time, so neither slows the other down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerBarsChart</name>
    <message>
        <source>darts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darts thrown per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darts (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darts (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darts (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerLoadChart</name>
    <message>
        <source>Per-worker load (share of the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-worker load (share of the total) — imbalance –, idle –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-worker load (share of the total) — imbalance %1 (slowest ÷ mean busy) · idle %2 % · fair share %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerSlider</name>
    <message>
        <source>1 core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers. This machine has %1 physical and %2 logical cores: more workers than cores only take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerTimeline</name>
    <message>
        <source>Per-worker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since the run started (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-worker timeline — %1 chunks%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (merged for drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · grey hatched: process start-up (slowest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pale: waiting for the GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parlab::ui::XyFigureView</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine busy (%1 cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n noisy point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
x = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
x = %2: median %3 (min %4, max %5)
%n repeat(s): %6</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
