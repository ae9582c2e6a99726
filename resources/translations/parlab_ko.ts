<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>parlab::ui</name>
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
