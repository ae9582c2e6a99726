<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BackendNote</name>
    <message>
        <source>1 poison pill: the worker exited on it</source>
        <translation>포이즌 필 1개: 작업자가 이를 받고 종료했습니다</translation>
    </message>
    <message>
        <source>%1 poison pills: each worker exited on its pill</source>
        <translation>포이즌 필 %1개: 각 작업자가 자기 필을 받고 종료했습니다</translation>
    </message>
    <message>
        <source>%1 of %2 workers exited on a poison pill</source>
        <translation>작업자 %2명 중 %1명이 포이즌 필을 받고 종료했습니다</translation>
    </message>
    <message>
        <source>process start-up %1 (slowest worker)</source>
        <translation>프로세스 시작 %1 (가장 느린 작업자)</translation>
    </message>
</context>
<context>
    <name>DartsFigure</name>
    <message>
        <source>Dart board&lt;br&gt;press Measure</source>
        <translation>다트판&lt;br&gt;측정을 누르세요</translation>
    </message>
</context>
<context>
    <name>FigureSeries</name>
    <message>
        <source>numbers checked</source>
        <translation>검사한 수</translation>
    </message>
    <message>
        <source>trial divisions</source>
        <translation>시행 나눗셈</translation>
    </message>
    <message>
        <source>busy seconds</source>
        <translation>바쁜 시간(초)</translation>
    </message>
    <message>
        <source>ideal T₁/k</source>
        <translation>이상적 T₁/k</translation>
    </message>
    <message>
        <source>book, 4-core laptop (processes, scaled)</source>
        <translation>책, 4코어 노트북 (프로세스, 환산)</translation>
    </message>
    <message>
        <source> efficiency</source>
        <translation> 효율</translation>
    </message>
    <message>
        <source>book, 4-core laptop (processes)</source>
        <translation>책, 4코어 노트북 (프로세스)</translation>
    </message>
    <message>
        <source>work: busiest worker&apos;s divisions</source>
        <translation>작업량: 가장 바쁜 작업자의 나눗셈 수</translation>
    </message>
    <message>
        <source>predicted from the work</source>
        <translation>작업량으로 예측</translation>
    </message>
    <message>
        <source>, predicted from the work</source>
        <translation>, 작업량으로 예측</translation>
    </message>
    <message>
        <source>prime check time</source>
        <translation>소수 검사 시간</translation>
    </message>
    <message>
        <source>book, 4-core laptop (scaled)</source>
        <translation>책, 4코어 노트북 (환산)</translation>
    </message>
    <message>
        <source>book, 4 workers (scaled)</source>
        <translation>책, 작업자 4명 (환산)</translation>
    </message>
    <message>
        <source>queue + poison pills (processes)</source>
        <translation>큐 + 포이즌 필 (프로세스)</translation>
    </message>
    <message>
        <source>chunked pool (processes)</source>
        <translation>청크 단위 풀 (프로세스)</translation>
    </message>
    <message>
        <source>serial (one loop)</source>
        <translation>직렬 (루프 하나)</translation>
    </message>
    <message>
        <source>book, queue (relative to its serial)</source>
        <translation>책, 큐 (책의 직렬 대비)</translation>
    </message>
    <message>
        <source>%1, predicted from the work</source>
        <translation>%1, 작업량으로 예측</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>자연 순서</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>섞은 순서</translation>
    </message>
    <message>
        <source>batched</source>
        <translation>batched 커널</translation>
    </message>
    <message>
        <source>primes</source>
        <translation>소수</translation>
    </message>
    <message>
        <source>composites</source>
        <translation>합성수</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>이상적</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>The result cache cannot be used: %1</source>
        <translation>결과 캐시를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1   (fig. %2)</source>
        <translation>%1   (그림 %2)</translation>
    </message>
    <message>
        <source>Darts in the unit square</source>
        <translation>단위 정사각형 속의 다트</translation>
    </message>
    <message>
        <source>10 000 darts thrown at the unit square; the share inside the quarter circle is π/4.</source>
        <translation>단위 정사각형에 다트 10 000개를 던집니다. 사분원 안에 떨어지는 비율은 π/4입니다.</translation>
    </message>
    <message>
        <source>The estimate wanders between about 3.0 and 3.2 from seed to seed: its error shrinks only like 1/√N, so three decimals need about 10 million darts.</source>
        <translation>추정값은 시드마다 대략 3.0과 3.2 사이를 오갑니다. 오차는 1/√N처럼만 줄어들므로 소수점 세 자리를 맞추려면 다트가 약 1000만 개 필요합니다.</translation>
    </message>
    <message>
        <source>Per-worker busy and idle time</source>
        <translation>작업자별 바쁜 시간과 유휴 시간</translation>
    </message>
    <message>
        <source>One lane per worker process: each chunk of the book&apos;s range is a bar from when the worker started it to when it finished. Gaps are idle time.</source>
        <translation>작업자 프로세스마다 한 줄: 책의 범위를 나눈 청크 하나하나가 작업자가 시작한 때부터 끝낸 때까지의 막대입니다. 빈틈은 유휴 시간입니다.</translation>
    </message>
    <message>
        <source>With more workers than cores the lanes stretch: the cores are shared. At the end some workers finish early and wait for the last chunks (the hatched tail).</source>
        <translation>작업자가 코어보다 많으면 줄이 늘어납니다. 코어를 나눠 쓰기 때문입니다. 끝에서는 일부 작업자가 일찍 끝나 마지막 청크를 기다립니다(빗금 친 꼬리).</translation>
    </message>
    <message>
        <source>Load per worker</source>
        <translation>작업자별 부하</translation>
    </message>
    <message>
        <source>Numbers checked, trial divisions and busy time per worker process for the book&apos;s range handed out in Python&apos;s default chunks.</source>
        <translation>책의 범위를 파이썬 기본 청크로 나눠 줄 때 작업자 프로세스별로 검사한 수, 시행 나눗셈, 바쁜 시간입니다.</translation>
    </message>
    <message>
        <source>Equal counts of numbers do not mean equal work: the divisions differ, and so do the busy times — the imbalance is the slowest worker over the mean.</source>
        <translation>수의 개수가 같다고 작업량이 같지는 않습니다. 나눗셈 수가 다르고 바쁜 시간도 다릅니다 — 불균형은 가장 느린 작업자를 평균으로 나눈 값입니다.</translation>
    </message>
    <message>
        <source>π, scalar</source>
        <translation>π, 스칼라</translation>
    </message>
    <message>
        <source>%1 darts per point (the fastest ≥ %2 s) × %3 repeats</source>
        <translation>점마다 다트 %1개 (가장 빠른 것 ≥ %2초) × 반복 %3회</translation>
    </message>
    <message>
        <source>the book&apos;s size: %1 darts × %2 repeats</source>
        <translation>책의 크기: 다트 %1개 × 반복 %2회</translation>
    </message>
    <message>
        <source>Computation time vs number of workers</source>
        <translation>작업자 수에 따른 계산 시간</translation>
    </message>
    <message>
        <source>The same number of darts thrown by 1…K workers on each execution model: GIL-bound threads, worker processes and oneTBB tasks. The dashed line is the ideal T₁/k.</source>
        <translation>같은 수의 다트를 실행 모델마다 작업자 1…K명이 던집니다: GIL에 묶인 스레드, 작업자 프로세스, oneTBB 태스크. 점선은 이상적인 T₁/k입니다.</translation>
    </message>
    <message>
        <source>gil-threads stay flat: one lock lets one thread compute at a time. processes and tbb halve the time with each doubling — until the physical cores run out.</source>
        <translation>gil-threads는 평평합니다: 락 하나 때문에 한 번에 한 스레드만 계산합니다. processes와 tbb는 작업자를 두 배로 늘릴 때마다 시간이 반으로 줄어듭니다 — 물리 코어가 바닥날 때까지.</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>작업자 수</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Speed-up vs number of workers</source>
        <translation>작업자 수에 따른 속도 향상</translation>
    </message>
    <message>
        <source>The time-vs-workers runs as speed-up T₁/Tₖ per execution model, the ideal line y = k, the processes&apos; efficiency (speed-up ÷ k, 0…1) and an Amdahl fit.</source>
        <translation>작업자 수-시간 측정을 실행 모델별 속도 향상 T₁/Tₖ로 나타내고, 이상적인 직선 y = k, 프로세스의 효율(속도 향상 ÷ k, 0…1), 암달 법칙 맞춤을 함께 그립니다.</translation>
    </message>
    <message>
        <source>Speed-up follows the ideal line up to the physical cores and then flattens; the fitted serial fraction says how much of the run cannot be parallelised.</source>
        <translation>속도 향상은 물리 코어 수까지 이상적인 직선을 따르다가 평평해집니다. 맞춘 직렬 비율은 실행 중 병렬화할 수 없는 부분이 얼마인지 알려 줍니다.</translation>
    </message>
    <message>
        <source>speed-up T₁/Tₖ (efficiency 0…1)</source>
        <translation>속도 향상 T₁/Tₖ (효율 0…1)</translation>
    </message>
    <message>
        <source>no Amdahl fit (needs 2+ worker counts within %1 cores)</source>
        <translation>암달 맞춤 없음 (코어 %1개 이내의 작업자 수가 2개 이상 필요)</translation>
    </message>
    <message>
        <source>Cost of one primality check vs n</source>
        <translation>n에 따른 소수 판정 한 번의 비용</translation>
    </message>
    <message>
        <source>Trial divisions tried by check_prime for numbers n between 10 000 and 1 000 000 (a sample), primes and composites in two colours.</source>
        <translation>10 000과 1 000 000 사이의 수 n(표본)에 대해 check_prime이 시도한 시행 나눗셈 수. 소수와 합성수를 두 색으로 나타냅니다.</translation>
    </message>
    <message>
        <source>Primes trace the √n/2 envelope (every odd divisor up to √n is tried); composites scatter below it — the cost of an item cannot be known before checking it.</source>
        <translation>소수는 √n/2 경계선을 따라갑니다(√n까지의 모든 홀수 약수를 시도). 합성수는 그 아래에 흩어집니다 — 항목의 비용은 검사하기 전에는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>trial divisions per check</source>
        <translation>검사당 시행 나눗셈 수</translation>
    </message>
    <message>
        <source>Time to check all primes from 1 to n</source>
        <translation>1부터 n까지 모든 수의 소수 판정 시간</translation>
    </message>
    <message>
        <source>For each n, the time one worker takes to check every number from 1 to n — the seed&apos;s own plot, measured here.</source>
        <translation>각 n에 대해 작업자 하나가 1부터 n까지 모든 수를 검사하는 데 걸리는 시간 — 원래 노트의 그래프를 여기서 측정한 것입니다.</translation>
    </message>
    <message>
        <source>The curve bends upwards: bigger numbers cost more (√n divisions for a prime), so the total grows faster than n.</source>
        <translation>곡선이 위로 휩니다: 큰 수일수록 비용이 커서(소수 하나에 나눗셈 √n번) 전체 시간은 n보다 빠르게 늘어납니다.</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>수 %1개</translation>
    </message>
    <message>
        <source>the book&apos;s size: %1 × %2 repeats</source>
        <translation>책의 크기: %1 × 반복 %2회</translation>
    </message>
    <message>
        <source>%1 × %2 passes (each point ≥ %3 s) × %4 repeats, per pass</source>
        <translation>%1 × %2회 통과 (점마다 ≥ %3초) × 반복 %4회, 통과당</translation>
    </message>
    <message>
        <source>a chunk&apos;s hand-out costs ≈ %1 µs (batched, chunksize 1 vs the default)</source>
        <translation>청크 하나를 나눠 주는 비용 ≈ %1 µs (batched, 청크 크기 1과 기본값 비교)</translation>
    </message>
    <message>
        <source>Time vs chunksize (primes)</source>
        <translation>청크 크기에 따른 시간 (소수)</translation>
    </message>
    <message>
        <source>The book&apos;s range checked by a process pool for chunksizes from 1 to half the range: the seed&apos;s loop in natural and shuffled order, and the batched kernel (the same divisions, ~20× cheaper). The dotted line is Python&apos;s default.</source>
        <translation>책의 범위를 프로세스 풀이 청크 크기 1부터 범위의 절반까지 바꿔 가며 검사합니다: 원래 노트의 루프를 자연 순서와 섞은 순서로, 그리고 batched 커널(같은 나눗셈, 약 20배 저렴)로. 점선은 파이썬의 기본값입니다.</translation>
    </message>
    <message>
        <source>A U: tiny chunks pay a round trip to a worker per chunk; huge chunks leave workers idle at the end. Shuffling evens the chunks&apos; cost out a little. With cheap items (batched) the round trips dominate longer: the U&apos;s bottom moves to larger chunks.</source>
        <translation>U자 모양: 아주 작은 청크는 청크마다 작업자와 한 번씩 주고받는 비용을 치르고, 아주 큰 청크는 끝에서 작업자를 놀게 합니다. 섞으면 청크 비용이 조금 고르게 됩니다. 항목이 가벼우면(batched) 주고받는 비용이 더 오래 지배해서 U의 바닥이 더 큰 청크 쪽으로 옮겨 갑니다.</translation>
    </message>
    <message>
        <source>chunksize (numbers per chunk, log scale)</source>
        <translation>청크 크기 (청크당 수의 개수, 로그 눈금)</translation>
    </message>
    <message>
        <source>Python&apos;s default (%1)</source>
        <translation>파이썬 기본값 (%1)</translation>
    </message>
    <message>
        <source>Time vs number of chunks (primes)</source>
        <translation>청크 개수에 따른 시간 (소수)</translation>
    </message>
    <message>
        <source>The book&apos;s range cut into 1…32 equal chunks for a pool of workers.</source>
        <translation>책의 범위를 1…32개의 같은 청크로 잘라 작업자 풀에 줍니다.</translation>
    </message>
    <message>
        <source>A saw-tooth: dips where the chunks divide evenly among the workers (the dotted lines); one chunk more means a last round in which most workers sit idle.</source>
        <translation>톱니 모양: 청크가 작업자에게 고르게 나누어 떨어지는 곳(점선)에서 내려갑니다. 청크가 하나 더 있으면 마지막 라운드에서 대부분의 작업자가 놀게 됩니다.</translation>
    </message>
    <message>
        <source>number of chunks</source>
        <translation>청크 개수</translation>
    </message>
    <message>
        <source>multiples of %1 workers</source>
        <translation>작업자 %1명의 배수</translation>
    </message>
    <message>
        <source>Queue workers vs process pool vs serial</source>
        <translation>큐 작업자 대 프로세스 풀 대 직렬</translation>
    </message>
    <message>
        <source>The same range checked by Process-style workers fed one number at a time from a job queue (ended by one poison pill each), by a chunked pool, and by one serial loop.</source>
        <translation>같은 범위를 작업 큐에서 수를 하나씩 받는 Process 방식 작업자(각자 포이즌 필 하나로 종료), 청크 단위 풀, 직렬 루프 하나로 검사합니다.</translation>
    </message>
    <message>
        <source>With light jobs the queue&apos;s per-job communication dominates: more queue workers do not help, and the serial loop can win.</source>
        <translation>작업이 가벼우면 큐의 작업당 통신 비용이 지배합니다: 큐 작업자를 늘려도 소용없고, 직렬 루프가 이길 수도 있습니다.</translation>
    </message>
    <message>
        <source>physical cores (%1)</source>
        <translation>물리 코어 (%1)</translation>
    </message>
    <message>
        <source>logical cores (%1)</source>
        <translation>논리 코어 (%1)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 trillion</source>
        <translation>%1조</translation>
    </message>
    <message>
        <source>%1 hundred million</source>
        <translation>%1억</translation>
    </message>
    <message>
        <source>%1 ten thousand</source>
        <translation>%1만</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>&apos;%1&apos;은(는) 이름=값 형식이 아닙니다</translation>
    </message>
    <message>
        <source>the file must start with a &apos;---&apos; line, then the header (id:, title:, page:, action:)</source>
        <translation>파일은 &apos;---&apos; 줄로 시작하고 그 뒤에 머리말(id:, title:, page:, action:)이 와야 합니다</translation>
    </message>
    <message>
        <source>header line %1 is not &apos;key: value&apos;: %2</source>
        <translation>머리말 %1번째 줄이 &apos;키: 값&apos; 형식이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (known: id, title, figure, page, settings, quick, action, question)</source>
        <translation>알 수 없는 머리말 키 &apos;%1&apos; (쓸 수 있는 키: id, title, figure, page, settings, quick, action, question)</translation>
    </message>
    <message>
        <source>the header has no closing &apos;---&apos; line</source>
        <translation>머리말을 닫는 &apos;---&apos; 줄이 없습니다</translation>
    </message>
    <message>
        <source>the header has no id</source>
        <translation>머리말에 id가 없습니다</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>id &apos;%1&apos;은(는) 영어 소문자, 숫자, &apos;-&apos;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the header has no title</source>
        <translation>머리말에 title이 없습니다</translation>
    </message>
    <message>
        <source>page must be pi, primes or figures (got &apos;%1&apos;)</source>
        <translation>page는 pi, primes, figures 중 하나여야 합니다 (받은 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; does not apply to the %2 page (it takes: %3)</source>
        <translation>설정 &apos;%1&apos;은(는) %2 페이지에 쓸 수 없습니다 (쓸 수 있는 설정: %3)</translation>
    </message>
    <message>
        <source>action on the figures page must be &apos;measure&apos; or &apos;open&apos; (got &apos;%1&apos;)</source>
        <translation>그림 페이지의 action은 &apos;measure&apos; 또는 &apos;open&apos;이어야 합니다 (받은 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>action must be &apos;run&apos; or &apos;sweep KIND&apos; (got &apos;%1&apos;)</source>
        <translation>action은 &apos;run&apos; 또는 &apos;sweep KIND&apos;여야 합니다 (받은 값: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a figures lesson needs settings: figure=NAME</source>
        <translation>그림 수업에는 settings: figure=NAME이 필요합니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>LessonOptions</name>
    <message>
        <source>lesson file %1: %2</source>
        <translation>수업 파일 %1: %2</translation>
    </message>
    <message>
        <source>--quick needs --lesson ID (it makes the lesson&apos;s run small)</source>
        <translation>--quick에는 --lesson ID가 필요합니다 (수업의 실행을 작게 만듭니다)</translation>
    </message>
    <message>
        <source>--lesson sets its lab up itself: %1 cannot be added (it takes --quick and --screenshot)</source>
        <translation>--lesson은 실험실을 스스로 설정합니다: %1은(는) 함께 쓸 수 없습니다 (--quick과 --screenshot만 함께 쓸 수 있습니다)</translation>
    </message>
    <message>
        <source>--lesson must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--lesson은 %1 중 하나여야 합니다 (받은 값: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>lesson %1: %2</source>
        <translation>수업 %1: %2</translation>
    </message>
    <message>
        <source>Usage: parlab lessons --list
Prints the guided lessons, one a line: the id (for parlab --lesson ID), a tab, the title.
Lessons are read from parlab itself, then from these folders (a file there adds a lesson or replaces the one with its name):
  %1
</source>
        <translation>사용법: parlab lessons --list
안내 수업을 한 줄에 하나씩 출력합니다: id (parlab --lesson ID에 씀), 탭, 제목.
수업은 parlab 자체에서 읽은 다음 이 폴더들에서 읽습니다 (그곳의 파일은 수업을 더하거나 같은 이름의 수업을 바꿉니다):
  %1
</translation>
    </message>
    <message>
        <source>parlab lessons: --list is required (parlab lessons --list)</source>
        <translation>parlab lessons: --list가 필요합니다 (parlab lessons --list)</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>%1=%2 is not a value this page&apos;s box takes</source>
        <translation>%1=%2은(는) 이 페이지의 입력 칸이 받는 값이 아닙니다</translation>
    </message>
    <message>
        <source>no page &apos;%1&apos; in this window</source>
        <translation>이 창에는 &apos;%1&apos; 페이지가 없습니다</translation>
    </message>
    <message>
        <source>%1 is measuring: stop it (Esc) or wait, then press again</source>
        <translation>%1에서 측정 중입니다: 멈추거나(Esc) 기다린 뒤 다시 누르세요</translation>
    </message>
</context>
<context>
    <name>MeasurementNotes</name>
    <message>
        <source>the machine was busy: other programs used %1 cores — results may not show the lesson; close them and measure again</source>
        <translation>컴퓨터가 바빴습니다: 다른 프로그램이 코어 %1개를 썼습니다 — 결과가 수업 내용을 보여 주지 못할 수 있으니 그 프로그램을 닫고 다시 측정하세요</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) vary by more than 25 %1 between repeats (up to ×%2) — re-measure them</source>
        <translation>
            <numerusform>점 %n개가 반복마다 25 %1 넘게 달라집니다 (최대 ×%2) — 다시 측정하세요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Go to %1</source>
        <translation>%1(으)로 가기</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Large text, thick lines and big dots for the back of a room; details fold away</source>
        <translation>강의실 뒤에서도 보이도록 큰 글자, 굵은 선, 큰 점; 세부 패널은 접힙니다</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Darker colours and black text and grid, for a washed-out projector</source>
        <translation>색이 바랜 프로젝터를 위한 더 진한 색과 검은 글자, 검은 격자</translation>
    </message>
</context>
<context>
    <name>parlab::Args</name>
    <message>
        <source>unknown option &apos;%1&apos; for %2 (allowed: %3)</source>
        <translation>%2에 알 수 없는 옵션 &apos;%1&apos; (쓸 수 있는 것: %3)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation>%2에 예상하지 못한 인자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 옵션이 두 번 주어졌습니다</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 옵션은 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 옵션에 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1 needs a value (got the option &apos;%2&apos;; write %1=VALUE for a value that starts with --)</source>
        <translation>%1 옵션에 값이 필요합니다 (옵션 &apos;%2&apos;이(가) 왔습니다. --로 시작하는 값이면 %1=VALUE로 쓰세요)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &apos;%3&apos;)</source>
        <translation>%1 값은 %2 중 하나여야 합니다 (입력: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 must be %2 (got &apos;%3&apos;)</source>
        <translation>%1 값은 %2여야 합니다 (입력: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>a number of milliseconds in 0.01…1000, like 5 or 0.5</source>
        <translation>0.01…1000 사이의 밀리초 값(예: 5, 0.5)</translation>
    </message>
    <message>
        <source>a number of seconds in 0.01…60, like 0.3</source>
        <translation>0.01…60 사이의 초 값(예: 0.3)</translation>
    </message>
    <message>
        <source>--from must not exceed --to (from %1, to %2)</source>
        <translation>--from 값은 --to 값보다 클 수 없습니다 (from %1, to %2)</translation>
    </message>
</context>
<context>
    <name>parlab::ChartExport</name>
    <message>
        <source>%1, %2 physical / %3 logical cores</source>
        <translation>%1, 물리 코어 %2개 / 논리 코어 %3개</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>cannot encode %1 for %2: %3</source>
        <translation>%2에 쓸 %1 인코딩을 할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>this chart is a dense dart cloud: export it as PNG</source>
        <translation>이 차트는 다트가 빽빽한 점구름입니다: PNG로 내보내세요</translation>
    </message>
</context>
<context>
    <name>parlab::Cli</name>
    <message>
        <source>Note: other programs used %1 cores during the run — the time may not show the lesson; close them and run again.</source>
        <translation>참고: 실행 중에 다른 프로그램이 코어 %1개를 썼습니다 — 시간이 수업 내용을 보여 주지 못할 수 있으니 그 프로그램을 닫고 다시 실행하세요.</translation>
    </message>
    <message>
        <source>&apos;parlab run&apos; needs an experiment: pi or primes (see parlab run --help)</source>
        <translation>&apos;parlab run&apos;에는 실험 이름이 필요합니다: pi 또는 primes (parlab run --help 참고)</translation>
    </message>
    <message>
        <source>unknown experiment &apos;%1&apos; (allowed: pi, primes)</source>
        <translation>알 수 없는 실험 &apos;%1&apos; (쓸 수 있는 것: pi, primes)</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>실행에 실패했습니다: %1</translation>
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
        <translation>사용법:
  parlab run pi [--samples N] [--workers K] [--blocks B] [--seed S]
                [--kernel scalar|batched] [--seeding independent|identical]
                [--backend tbb|gil-threads|processes] [--switch-interval MS] [--json]
  parlab run primes [--from A] [--to B] [--workers K] [--schedule static|chunked|auto|queue]
                [--chunksize C] [--grainsize G] [--order natural|shuffled|costliest]
                [--seed S] [--kernel scalar|batched] [--backend tbb|gil-threads|processes]
                [--switch-interval MS] [--json]
  둘 다 --repeat N (1…1000)을 받습니다: 같은 실행을 N번 하고, 보여 주는 시간은 중앙값이며
  --json은 모든 반복과 최솟값, 중앙값, 최댓값, MAD를 함께 적습니다.
수는 100000000이나 1e8처럼 쓸 수 있습니다. 기본값: pi 다트 1e8개, primes 1e8 … 1e8+1e5
(책의 범위), 작업자 수 = 물리 코어 수, chunksize 0 = 파이썬의 ceil(n / (4·작업자 수)),
queue에서는 1 (작업 하나에 수 하나). --switch-interval: gil-threads가 락을 넘겨주는 간격 (5 ms).
primes --kernel: scalar(기본값)는 원래 노트의 루프, batched는 같은 약수를 벡터화해서 시도합니다.
processes 백엔드는 이 프로그램의 디렉터리에 있는 parlab-worker를 실행하고, 설치된 경우에는
../libexec/parlab에서 찾습니다 (또는 $PARLAB_WORKER).
--lang ko|en: 도움말과 메시지의 언어 (기본값: 시스템 언어).
종료 코드: 0 완료, 1 실패, 2 잘못된 인자, 130 중단.
</translation>
    </message>
</context>
<context>
    <name>parlab::Count</name>
    <message>
        <source>%1 needs a number (allowed: %3 … %4)</source>
        <translation>%1 옵션에 수가 필요합니다 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2 (allowed: %3 … %4)</source>
        <translation>%1 값은 음수일 수 없습니다. 입력: %2 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 is not a number: %2 (allowed: %3 … %4)</source>
        <translation>%1 값이 수가 아닙니다: %2 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2 (allowed: %3 … %4)</source>
        <translation>%1 값이 정수가 아닙니다: %2 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2 (allowed: %3 … %4)</source>
        <translation>%1 값은 정수여야 합니다. 입력: %2 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 is too large: %2 (allowed: %3 … %4)</source>
        <translation>%1 값이 너무 큽니다: %2 (허용: %3 … %4)</translation>
    </message>
    <message>
        <source>%1 is too small: %2 (allowed: %3 … %4)</source>
        <translation>%1 값이 너무 작습니다: %2 (허용: %3 … %4)</translation>
    </message>
</context>
<context>
    <name>parlab::FigureMain</name>
    <message>
        <source>--target calibrates --quick figures; the book&apos;s size is measured as it is</source>
        <translation>--target은 --quick 그림의 크기를 맞출 때 씁니다. 책의 크기는 그대로 측정합니다</translation>
    </message>
    <message>
        <source>figure needs a NAME or --list (see parlab figure --help)</source>
        <translation>figure에는 이름(NAME) 또는 --list가 필요합니다 (parlab figure --help 참고)</translation>
    </message>
    <message>
        <source>unknown figure &apos;%1&apos; (allowed: %2)</source>
        <translation>알 수 없는 그림 &apos;%1&apos; (쓸 수 있는 것: %2)</translation>
    </message>
    <message>
        <source>%1 does not apply to figure %2 (it takes: %3)</source>
        <translation>%1 옵션은 그림 %2에 쓸 수 없습니다 (쓸 수 있는 것: %3)</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, e.g. 1200x800 (got &apos;%1&apos;)</source>
        <translation>--size는 픽셀 단위 WIDTHxHEIGHT여야 합니다. 예: 1200x800 (입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--size must be at most 8000x8000 (got &apos;%1&apos;)</source>
        <translation>--size는 최대 8000x8000입니다 (입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png가 필요합니다</translation>
    </message>
    <message>
        <source>--out must name a .png, .jpg or .svg file, the format to write (got &apos;%1&apos;)</source>
        <translation>--out에는 쓸 형식에 맞는 .png, .jpg, .svg 파일 이름을 주어야 합니다 (입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--csv and --out name the same file</source>
        <translation>--csv와 --out이 같은 파일을 가리킵니다</translation>
    </message>
    <message>
        <source>--list takes no other arguments</source>
        <translation>--list는 다른 인자를 받지 않습니다</translation>
    </message>
    <message>
        <source>--size must be at least %1x%2 for figure %3 (got %4x%5)</source>
        <translation>그림 %3의 --size는 최소 %1x%2여야 합니다 (입력: %4x%5)</translation>
    </message>
    <message>
        <source>cached, measured %1</source>
        <translation>캐시됨, %1에 측정</translation>
    </message>
    <message>
        <source>the measurement failed: %1</source>
        <translation>측정에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>interrupted; nothing written</source>
        <translation>중단되었습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>measured in %1 s</source>
        <translation>%1초 동안 측정</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>warning: %1 (run again with --no-cache)</source>
        <translation>경고: %1 (--no-cache로 다시 실행하세요)</translation>
    </message>
    <message>
        <source>the figure came out %1x%2, not the %3x%4 asked for</source>
        <translation>그림이 요청한 %3x%4가 아니라 %1x%2로 나왔습니다</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3)</source>
        <translation>%1 저장함 (%2, %3)</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3) and %4</source>
        <translation>%1 저장함 (%2, %3), %4도 저장함</translation>
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
        <translation>사용법:
  parlab figure --list
  parlab figure NAME --out FILE.png|.jpg|.svg [--size WxH] [--csv FILE.csv] [--quick]
                [--no-cache] [--book] [--no-footer] [--workers K] [--samples N] [--from A] [--to B]
                [--repeat N] [--target S]
디스플레이 없이 그립니다. --quick은 시간을 재는 점마다 최소 --target초(기본 0.3초)가 걸리도록
크기를 맞추고, 없으면 책의 크기로 측정합니다. 시간을 재는 점은 모두 --repeat번(기본 3번)
측정합니다: 차트는 중앙값과 최소-최대 폭을, CSV는 모든 반복을 보여 줍니다. 컴퓨터가 바빴거나
반복끼리 맞지 않는 점은 표준 오류 출력과 차트에 알립니다.
이미지 형식은 --out의 이름을 따릅니다. 측정은 캐시에 저장됩니다 (--no-cache 참고).
--lang ko|en: 차트와 메시지의 언어 (기본값: 시스템 언어).
종료 코드: 0 저장함, 1 실패, 2 잘못된 인자.
</translation>
    </message>
</context>
<context>
    <name>parlab::FileWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: no program is reading this FIFO</source>
        <translation>%1에 쓸 수 없습니다: 이 FIFO를 읽는 프로그램이 없습니다</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1 is not a regular file, a FIFO or a character device</source>
        <translation>%1은(는) 일반 파일, FIFO, 문자 장치가 아닙니다</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>파일 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation>%1 폴더에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>parlab::GuiMain</name>
    <message>
        <source>--lab must be pi, primes or figures (got &apos;%1&apos;)</source>
        <translation>--lab은 pi, primes, figures 중 하나여야 합니다 (입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 does not apply to the %2 (it takes: %3)</source>
        <translation>%1 옵션은 %2에 쓸 수 없습니다 (쓸 수 있는 것: %3)</translation>
    </message>
    <message>
        <source>--figure must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--figure는 %1 중 하나여야 합니다 (입력: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--run and --sweep cannot be combined</source>
        <translation>--run과 --sweep은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--sweep must be one of %1 on the %2 (got &apos;%3&apos;)</source>
        <translation>%2에서 --sweep은 %1 중 하나여야 합니다 (입력: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>parlab (the command line is: parlab run pi|primes …)</source>
        <translation>parlab (명령줄 실행은 parlab run pi|primes …)</translation>
    </message>
    <message>
        <source>no display to open the window on (set DISPLAY, run under xvfb-run, or use QT_QPA_PLATFORM=offscreen); for headless runs use: parlab run pi|primes …</source>
        <translation>창을 열 디스플레이가 없습니다 (DISPLAY를 설정하거나, xvfb-run으로 실행하거나, QT_QPA_PLATFORM=offscreen을 쓰세요). 화면 없이 실행하려면: parlab run pi|primes …</translation>
    </message>
    <message>
        <source>π lab</source>
        <translation>π 실험실</translation>
    </message>
    <message>
        <source>primes lab</source>
        <translation>소수 실험실</translation>
    </message>
    <message>
        <source>Figures page</source>
        <translation>그림 페이지</translation>
    </message>
    <message>
        <source>--screenshot needs --run, --sweep or --lesson (it is taken when they end)</source>
        <translation>--screenshot에는 --run, --sweep 또는 --lesson이 필요합니다 (그것이 끝날 때 찍습니다)</translation>
    </message>
    <message>
        <source>Usage: parlab [--lab pi|primes|figures] [settings] [--run | --sweep KIND] [--screenshot FILE.png]
parlab — watch parallel work happen.

Without options it opens the labs. For headless runs use the command line:
  parlab run pi|primes …   (see: parlab run --help)
  parlab figure NAME --out FILE.png …   (see: parlab figure --help)
  parlab lessons --list   the guided lessons&apos; ids and titles

Options:
  -h, --help           Show this help.
  --version            Show parlab&apos;s version.
  --lang LANG          The language: ko|en (default: the saved choice, else the system&apos;s).
  --lab LAB            Open on this lab: pi|primes|figures.
  --run                Start a run at once.
  --sweep KIND         Start a sweep at once: workers (pi); chunksize|chunks|cost|to-n (primes).
  --screenshot FILE    Save the window as PNG when the run or sweep ends, then quit.
  --lesson ID          Open on a guided lesson, its lab set up (with --screenshot: run, save, quit).
  --quick              With --lesson: the lesson&apos;s smaller sizes (for tests and handouts).
  --presenter          Presenter mode: large text and lines for a projector (View menu).
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
        <translation>사용법: parlab [--lab pi|primes|figures] [설정] [--run | --sweep KIND] [--screenshot FILE.png]
parlab — 병렬 작업을 눈으로 보기.

옵션 없이 실행하면 실험실 창을 엽니다. 화면 없이 실행하려면 명령줄을 쓰세요:
  parlab run pi|primes …   (참고: parlab run --help)
  parlab figure NAME --out FILE.png …   (참고: parlab figure --help)
  parlab lessons --list   안내 수업의 id와 제목

옵션:
  -h, --help           이 도움말을 보여 줍니다.
  --version            parlab의 버전을 보여 줍니다.
  --lang LANG          언어: ko|en (기본값: 저장된 선택, 없으면 시스템 언어).
  --lab LAB            이 실험실로 엽니다: pi|primes|figures.
  --run                바로 실행을 시작합니다.
  --sweep KIND         바로 스윕을 시작합니다: workers (pi), chunksize|chunks|cost|to-n (primes).
  --screenshot FILE    실행이나 스윕이 끝나면 창을 PNG로 저장하고 끝냅니다.
  --lesson ID          안내 수업을 열고 그 실험실을 설정합니다 (--screenshot과 함께: 실행, 저장, 종료).
  --quick              --lesson과 함께: 수업의 작은 크기 (테스트와 유인물용).
  --presenter          발표 모드: 프로젝터용 큰 글자와 굵은 선 (보기 메뉴).
설정 (parlab run과 같은 값과 한계):
  --workers K          작업자 수 (1…256).
  --samples N          pi: 던질 다트 수 (1e8 같은 표기 가능).
  --blocks B           pi: 다트를 나눌 조각 수 (기본값: 작업자당 하나).
  --seed S             난수 시드.
  --kernel K           scalar|batched (pi: 다트를 하나씩 또는 numpy식 블록으로, primes:
                       원래 노트의 % 루프 또는 같은 나눗셈을 16개씩).
  --seeding S          pi: independent|identical.
  --backend B          실행 모델: tbb|gil-threads|processes.
  --from A, --to B     primes: 검사할 범위.
  --chunksize C        primes: 청크당 수의 개수 (0 = 파이썬 기본값).
  --schedule S         primes: static|chunked|auto|queue.
  --order O            primes: natural|shuffled|costliest.
  --figure NAME        figures: 열 그림 (참고: parlab figure --list).
</translation>
    </message>
</context>
<context>
    <name>parlab::LabSettings</name>
    <message>
        <source>--figure must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--figure는 %1 중 하나여야 합니다 (입력: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>--%1 must be %2 (got &apos;%3&apos;)</source>
        <translation>--%1 값은 %2여야 합니다 (입력: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 must be worker counts like 1-10 or 1,2,4,8 (got &apos;%2&apos;)</source>
        <translation>%1 값은 1-10이나 1,2,4,8 같은 작업자 수여야 합니다 (입력: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 has a range that runs backwards (&apos;%2&apos;)</source>
        <translation>%1에 거꾸로 된 범위가 있습니다 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must name at least one worker count (e.g. 1-10)</source>
        <translation>%1에는 작업자 수가 하나 이상 있어야 합니다 (예: 1-10)</translation>
    </message>
    <message>
        <source>%1 does not apply to the π lab</source>
        <translation>%1 옵션은 π 실험실에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the first number must not be larger than the last</source>
        <translation>첫 수는 마지막 수보다 클 수 없습니다</translation>
    </message>
    <message>
        <source>workers must be 1…%1 (got %2)</source>
        <translation>작업자 수는 1…%1이어야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>the primes lab has no setting &apos;%1&apos;</source>
        <translation>소수 실험실에는 &apos;%1&apos; 설정이 없습니다</translation>
    </message>
</context>
<context>
    <name>parlab::Language</name>
    <message>
        <source>--lang must be ko or en (got &apos;%1&apos;)</source>
        <translation>--lang은 ko 또는 en이어야 합니다 (입력: &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>parlab::Measure</name>
    <message>
        <source>target must be more than 0 seconds</source>
        <translation>target 값은 0초보다 커야 합니다</translation>
    </message>
    <message>
        <source>repeats must be at least 1 (got %1)</source>
        <translation>반복 횟수는 1 이상이어야 합니다 (입력: %1)</translation>
    </message>
    <message>
        <source>the target time must be 0 or more seconds, with at least one pass</source>
        <translation>목표 시간은 0초 이상이어야 하고, 통과는 한 번 이상이어야 합니다</translation>
    </message>
    <message>
        <source>time to 1…n needs a last number and at least one step</source>
        <translation>1…n 시간 측정에는 마지막 수와 한 단계 이상이 필요합니다</translation>
    </message>
</context>
<context>
    <name>parlab::Run</name>
    <message>
        <source>%1 must be 1…1e11 (got %2)</source>
        <translation>%1 값은 1…1e11이어야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must be 1…1e7 (got %2)</source>
        <translation>%1 값은 1…1e7이어야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must not exceed samples (%2 blocks for %3 darts)</source>
        <translation>%1 값은 samples보다 클 수 없습니다 (다트 %3개에 블록 %2개)</translation>
    </message>
    <message>
        <source>%1 must be at most 2^53 = 9007199254740992 (got %2)</source>
        <translation>%1 값은 최대 2^53 = 9007199254740992입니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must not exceed to (from %2, to %3)</source>
        <translation>%1 값은 to보다 클 수 없습니다 (from %2, to %3)</translation>
    </message>
    <message>
        <source>%1 must be 0 (default) … 2^53 (got %2)</source>
        <translation>%1 값은 0(기본값) … 2^53이어야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must be 1…256 (got %2)</source>
        <translation>%1 값은 1…256이어야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must be 0.01…1000 ms (got %2)</source>
        <translation>%1 값은 0.01…1000 ms여야 합니다 (입력: %2)</translation>
    </message>
    <message>
        <source>%1 must be 0.01…3600 s (got %2)</source>
        <translation>%1 값은 0.01…3600초여야 합니다 (입력: %2)</translation>
    </message>
</context>
<context>
    <name>parlab::Workers</name>
    <message>
        <source>worker %1 (pid %2)</source>
        <translation>작업자 %1 (pid %2)</translation>
    </message>
    <message>
        <source>could not make a pipe for a worker: %1</source>
        <translation>작업자용 파이프를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>could not start worker %1 (&apos;%2&apos;): %3</source>
        <translation>작업자 %1을(를) 시작할 수 없습니다 (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>%1 sent a malformed message: %2</source>
        <translation>%1이(가) 잘못된 메시지를 보냈습니다: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (liveness timeout %3 ms): it is stopped or hung, so it was killed</source>
        <translation>%1이(가) %2초 동안 아무것도 보내지 않았습니다 (생존 확인 제한 %3 ms): 멈췄거나 응답이 없어 강제 종료했습니다</translation>
    </message>
    <message>
        <source>%1 exited with status %2 during the run</source>
        <translation>%1이(가) 실행 중에 상태 %2로 종료했습니다</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2 (%3) during the run</source>
        <translation>%1이(가) 실행 중에 시그널 %2 (%3)로 강제 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 ended (wait status %2) during the run</source>
        <translation>%1이(가) 실행 중에 끝났습니다 (wait 상태 %2)</translation>
    </message>
    <message>
        <source>parlab-worker not found: &apos;%1&apos; (the worker path parameter) is not an executable file</source>
        <translation>parlab-worker를 찾을 수 없습니다: &apos;%1&apos;(작업자 경로 매개변수)은(는) 실행 파일이 아닙니다</translation>
    </message>
    <message>
        <source>parlab-worker not found: &apos;%1&apos; (PARLAB_WORKER) is not an executable file</source>
        <translation>parlab-worker를 찾을 수 없습니다: &apos;%1&apos;(PARLAB_WORKER)은(는) 실행 파일이 아닙니다</translation>
    </message>
    <message>
        <source>parlab-worker not found (this program&apos;s path is unknown); reinstall parlab, build the parlab-worker target, or set PARLAB_WORKER</source>
        <translation>parlab-worker를 찾을 수 없습니다 (이 프로그램의 경로를 알 수 없음). parlab을 다시 설치하거나, parlab-worker 타깃을 빌드하거나, PARLAB_WORKER를 설정하세요</translation>
    </message>
    <message>
        <source>parlab-worker not found (looked in %1); reinstall parlab, build the parlab-worker target, or set PARLAB_WORKER</source>
        <translation>parlab-worker를 찾을 수 없습니다 (찾아본 곳: %1). parlab을 다시 설치하거나, parlab-worker 타깃을 빌드하거나, PARLAB_WORKER를 설정하세요</translation>
    </message>
</context>
<context>
    <name>parlab::ui::DartBoardChart</name>
    <message>
        <source>hit</source>
        <translation>적중</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>빗나감</translation>
    </message>
    <message>
        <source>x² + y² = 1</source>
        <translation>x² + y² = 1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>작업자 %1</translation>
    </message>
    <message>
        <source>π ≈ %1&lt;br&gt;&lt;small&gt;%2 darts&lt;/small&gt;</source>
        <translation>π ≈ %1&lt;br&gt;&lt;small&gt;다트 %2개&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Dart board&lt;br&gt;press Run</source>
        <translation>다트판&lt;br&gt;실행을 누르세요</translation>
    </message>
</context>
<context>
    <name>parlab::ui::EstimateChart</name>
    <message>
        <source>The error shrinks like 1/√N</source>
        <translation>오차는 1/√N처럼 줄어듭니다</translation>
    </message>
    <message>
        <source>darts thrown</source>
        <translation>던진 다트 수</translation>
    </message>
    <message>
        <source>±3 std. errors</source>
        <translation>±3 표준오차</translation>
    </message>
    <message>
        <source>π</source>
        <translation>π</translation>
    </message>
    <message>
        <source>%1 darts thrown, only %2 distinct</source>
        <translation>다트 %1개를 던졌지만 서로 다른 것은 %2개뿐</translation>
    </message>
    <message>
        <source>estimate 4·hits/darts</source>
        <translation>추정값 4·적중/다트</translation>
    </message>
</context>
<context>
    <name>parlab::ui::ExportMenu</name>
    <message>
        <source>Export “%1”</source>
        <translation>“%1” 내보내기</translation>
    </message>
    <message>
        <source>Save as PNG, %1× (%2 × %3 px)…</source>
        <translation>PNG로 저장, %1× (%2 × %3 px)…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>Save as SVG (not for dense dart clouds)</source>
        <translation>SVG로 저장 (빽빽한 다트 점구름은 불가)</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>데이터를 CSV로 저장…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Add footer (parameters, machine, version)</source>
        <translation>바닥글 넣기 (매개변수, 컴퓨터, 버전)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .jpg or .svg (the format to write)</source>
        <translation>%1: 이름은 쓸 형식에 맞게 .png, .jpg, .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>차트를 SVG로 저장</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>차트 데이터를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>the chart to the clipboard</source>
        <translation>차트를 클립보드로</translation>
    </message>
</context>
<context>
    <name>parlab::ui::FigureSwitch</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Which chart of the same measurement to show</source>
        <translation>같은 측정에서 어떤 차트를 보여 줄지</translation>
    </message>
</context>
<context>
    <name>parlab::ui::FiguresPage</name>
    <message>
        <source>the Figures page</source>
        <translation>그림 페이지</translation>
    </message>
    <message>
        <source>Overlay the book&apos;s results (dashed, normalised)</source>
        <translation>책의 결과 겹쳐 보기 (점선, 정규화)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Measure at the book&apos;s size</source>
        <translation>책의 크기로 측정</translation>
    </message>
    <message>
        <source>Measure (calibrated)</source>
        <translation>측정 (보정)</translation>
    </message>
    <message>
        <source>Each timed point is measured this many times; the chart shows the median and the spread from the fastest to the slowest</source>
        <translation>시간을 재는 점마다 이 횟수만큼 측정합니다. 차트는 중앙값과 가장 빠른 값에서 가장 느린 값까지의 폭을 보여 줍니다</translation>
    </message>
    <message>
        <source>Measure (calibrated) grows the problem until each timed point lasts this long: short runs are mostly noise. The book&apos;s size is measured as it is.</source>
        <translation>측정(보정)은 시간을 재는 점마다 이만큼 걸릴 때까지 문제를 키웁니다. 짧은 실행은 대부분 잡음이기 때문입니다. 책의 크기는 그대로 측정합니다.</translation>
    </message>
    <message>
        <source>repeats </source>
        <translation>반복 </translation>
    </message>
    <message>
        <source>each point ≥ </source>
        <translation>점마다 ≥ </translation>
    </message>
    <message>
        <source>Measure again only the points whose repeats differ by more than 25 %</source>
        <translation>반복 간 차이가 25 %를 넘는 점만 다시 측정합니다</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>캐시 비우기</translation>
    </message>
    <message>
        <source>Forget every stored measurement of this machine and version</source>
        <translation>이 컴퓨터와 버전으로 저장된 측정을 모두 지웁니다</translation>
    </message>
    <message>
        <source>Cache cleared: every figure will be measured again</source>
        <translation>캐시를 비웠습니다: 모든 그림을 다시 측정합니다</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 — book figure %2</source>
        <translation>%1 — 책의 그림 %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;Look for:&lt;/b&gt; %2</source>
        <translation>%1&lt;br&gt;&lt;b&gt;살펴볼 점:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>cached, measured %1 — press Measure to measure again</source>
        <translation>캐시됨, %1에 측정 — 다시 측정하려면 측정을 누르세요</translation>
    </message>
    <message>
        <source>not measured on this machine yet</source>
        <translation>이 컴퓨터에서는 아직 측정하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation>
            <numerusform>흔들리는 점 %n개 다시 측정</numerusform>
        </translation>
    </message>
    <message>
        <source>the noisy points again</source>
        <translation>흔들리는 점 다시</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>book size</source>
        <translation>책의 크기</translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation>대기 중: %1에서 측정 중입니다 (한 번에 측정 하나)</translation>
    </message>
    <message>
        <source>measuring on this machine…</source>
        <translation>이 컴퓨터에서 측정 중…</translation>
    </message>
    <message>
        <source>Measuring on this machine; each point is drawn as it is measured.</source>
        <translation>이 컴퓨터에서 측정 중입니다. 점은 측정되는 대로 그려집니다.</translation>
    </message>
    <message>
        <source>Measuring %1 (%2)…</source>
        <translation>%1 측정 중 (%2)…</translation>
    </message>
    <message>
        <source>measured now, in %1 s</source>
        <translation>방금 측정, %1초 걸림</translation>
    </message>
    <message>
        <source>%1 measured in %2 s</source>
        <translation>%1 측정 완료, %2초 걸림</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Measure the selected figure on this machine, each point grown until it lasts long enough to time (Ctrl+R)</source>
        <translation>고른 그림을 이 컴퓨터에서 측정합니다. 각 점은 시간을 잴 수 있을 만큼 길어질 때까지 키웁니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Measure the selected figure at the book&apos;s problem size, as printed: slower, and comparable with the book</source>
        <translation>고른 그림을 책에 실린 그대로 책의 문제 크기로 측정합니다: 더 느리지만 책과 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>Draw the book&apos;s published results over this machine&apos;s, dashed and scaled to the same first point</source>
        <translation>책에 실린 결과를 이 컴퓨터의 결과 위에 점선으로, 첫 점이 같도록 맞춰 그립니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::LanguageSwitch</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Stop the run first, then change the language</source>
        <translation>먼저 실행을 멈춘 뒤 언어를 바꾸세요</translation>
    </message>
</context>
<context>
    <name>parlab::ui::LessonsPanel</name>
    <message>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>The chapter in order; each lesson sets a lab up and runs it</source>
        <translation>장의 순서대로; 각 수업은 실험실을 설정하고 실행합니다</translation>
    </message>
    <message>
        <source>Set up and run</source>
        <translation>설정하고 실행</translation>
    </message>
    <message>
        <source>Opens the lesson&apos;s lab with its settings and starts its run, sweep or figure</source>
        <translation>수업의 실험실을 그 설정으로 열고 실행, 스윕 또는 그림 측정을 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the guided lessons beside the labs</source>
        <translation>실험실 옆의 안내 수업을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>&amp;Lesson for this page</source>
        <translation>이 페이지의 수업(&amp;L)</translation>
    </message>
    <message>
        <source>Open the Lessons panel on the lesson about the page in front of you (F1)</source>
        <translation>지금 보고 있는 페이지에 관한 수업을 수업 패널에서 엽니다 (F1)</translation>
    </message>
    <message>
        <source> (fig. %1)</source>
        <translation> (그림 %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not loaded — %1</source>
        <translation>불러오지 못함 — %1</translation>
    </message>
    <message>
        <source>No lessons found. Lesson files (`*.md`) are read from:

%1</source>
        <translation>수업을 찾지 못했습니다. 수업 파일(`*.md`)은 다음 위치에서 읽습니다:

%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ask the class first:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;누르기 전에 학생들에게 물어보세요:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Could not set the lesson up: %1</source>
        <translation>수업을 설정하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Shown from the cache at once: nothing to measure</source>
        <translation>캐시에서 바로 보여 줍니다: 측정할 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::LogTimeBox</name>
    <message>
        <source>log time axis</source>
        <translation>시간 축 로그 눈금</translation>
    </message>
    <message>
        <source>Time on a log scale: with chunksize 1 costing a hundred times the default, a linear axis flattens the rest of the U-curve against zero</source>
        <translation>시간을 로그 눈금으로: 청크 크기 1은 기본값보다 백 배쯤 오래 걸려서, 선형 축에서는 U자 곡선의 나머지가 0에 붙어 납작해집니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::MachineLoadLabel</name>
    <message>
        <source>⚠ other programs use %1 cores</source>
        <translation>⚠ 다른 프로그램이 코어 %1개 사용 중</translation>
    </message>
    <message>
        <source>machine quiet (others: %1 cores)</source>
        <translation>컴퓨터 한가함 (다른 프로그램: 코어 %1개)</translation>
    </message>
    <message>
        <source>How many cores other programs used over one second, read when a page opens. Above %1 they disturb what parlab measures.</source>
        <translation>페이지를 열 때 1초 동안 다른 프로그램이 쓴 코어 수입니다. %1개를 넘으면 parlab의 측정을 방해합니다.</translation>
    </message>
</context>
<context>
    <name>parlab::ui::MainWindow</name>
    <message>
        <source>parlab — watch parallel work happen</source>
        <translation>parlab — 병렬 작업을 눈으로 보기</translation>
    </message>
    <message>
        <source>%1 · %2 physical / %3 logical cores</source>
        <translation>%1 · 물리 코어 %2개 / 논리 코어 %3개</translation>
    </message>
    <message>
        <source>Ready: choose settings and press Run (Ctrl+R)</source>
        <translation>준비: 설정을 고르고 실행(Ctrl+R)을 누르세요</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Point at a chart first: its export menu opens over it</source>
        <translation>먼저 차트를 가리키세요: 그 위에 내보내기 메뉴가 열립니다</translation>
    </message>
    <message>
        <source>Export the chart under the pointer as PNG, SVG or CSV, or copy it (Ctrl+E); right-click any chart for the same menu</source>
        <translation>포인터 아래의 차트를 PNG, SVG, CSV로 내보내거나 복사합니다 (Ctrl+E). 차트를 오른쪽 클릭해도 같은 메뉴가 나옵니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>정지(&amp;S)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About parlab</source>
        <translation>parlab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About parlab</source>
        <translation>parlab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;parlab %1&lt;/h3&gt;&lt;p&gt;A desktop lab in which a class watches parallel work happen: darts thrown by N workers estimating π, prime checks handed out in chunks, and the time-vs-workers curves that come out, measured live on this machine.&lt;/p&gt;&lt;p&gt;After the &lt;i&gt;multiprocessing&lt;/i&gt; chapter of &lt;i&gt;High Performance Python&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;This machine: %2 · %3 physical / %4 logical cores.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;parlab %1&lt;/h3&gt;&lt;p&gt;수업에서 병렬 작업이 일어나는 모습을 눈으로 보는 데스크톱 실험실입니다: 작업자 N명이 π를 추정하려고 던지는 다트, 청크로 나눠 주는 소수 판정, 그리고 거기서 나오는 작업자 수-시간 곡선을 이 컴퓨터에서 실시간으로 측정합니다.&lt;/p&gt;&lt;p&gt;&lt;i&gt;고성능 파이썬(High Performance Python)&lt;/i&gt;의 &lt;i&gt;multiprocessing&lt;/i&gt; 장을 바탕으로 했습니다.&lt;/p&gt;&lt;p&gt;라이선스: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;이 컴퓨터: %2 · 물리 코어 %3개 / 논리 코어 %4개.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>parlab::ui::PiControls</name>
    <message>
        <source>How many workers throw darts at once</source>
        <translation>동시에 다트를 던지는 작업자 수</translation>
    </message>
    <message>
        <source>%1 darts</source>
        <translation>다트 %1개</translation>
    </message>
    <message>
        <source>How many darts to throw in all (log scale)</source>
        <translation>모두 몇 개의 다트를 던질지 (로그 눈금)</translation>
    </message>
    <message>
        <source>auto (one per worker)</source>
        <translation>자동 (작업자당 하나)</translation>
    </message>
    <message>
        <source>How many pieces the darts are cut into; idle workers take the next piece</source>
        <translation>다트를 몇 조각으로 나눌지. 쉬는 작업자가 다음 조각을 가져갑니다</translation>
    </message>
    <message>
        <source>tbb: oneTBB tasks · gil-threads: threads behind one lock · processes: real processes</source>
        <translation>tbb: oneTBB 태스크 · gil-threads: 락 하나 뒤의 스레드 · processes: 실제 프로세스</translation>
    </message>
    <message>
        <source>scalar: one dart at a time (a Python loop) · batched: vectorised blocks (numpy)</source>
        <translation>scalar: 한 번에 다트 하나 (파이썬 루프) · batched: 벡터화된 블록 (numpy)</translation>
    </message>
    <message>
        <source>identical: every block replays the same darts — more darts, no better estimate</source>
        <translation>identical: 모든 블록이 같은 다트를 다시 던집니다 — 다트는 늘어도 추정은 나아지지 않습니다</translation>
    </message>
    <message>
        <source>Worker counts the sweep measures: a range (1-10) or a list (1,2,4,8)</source>
        <translation>스윕이 측정할 작업자 수: 범위(1-10) 또는 목록(1,2,4,8)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Darts</source>
        <translation>다트</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identical seeding:&lt;/b&gt; every worker replays the same darts — the forked-numpy pitfall (each forked process inherits the same random state). With “colour by worker” their darts land on the same spots, and adding workers no longer shrinks the error: more darts, no new information.</source>
        <translation>&lt;b&gt;같은 시드:&lt;/b&gt; 모든 작업자가 같은 다트를 다시 던집니다 — fork한 numpy의 함정입니다(fork된 프로세스마다 같은 난수 상태를 물려받음). “작업자별 색”으로 보면 다트가 같은 자리에 떨어지고, 작업자를 늘려도 오차가 더는 줄지 않습니다: 다트는 늘어도 새 정보는 없습니다.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>시드 방식</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>Each worker count is measured this many times: the chart shows the median and the spread from the fastest to the slowest, the tooltip every value</source>
        <translation>작업자 수마다 이 횟수만큼 측정합니다: 차트는 중앙값과 가장 빠른 값에서 가장 느린 값까지의 폭을, 툴팁은 모든 값을 보여 줍니다</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>When the fastest worker count would finish sooner, the sweep throws more darts (the chart&apos;s title says how many): short runs are mostly noise</source>
        <translation>가장 빠른 작업자 수가 이보다 일찍 끝날 것 같으면 스윕이 다트를 더 던집니다(몇 개인지는 차트 제목에 나옵니다): 짧은 실행은 대부분 잡음입니다</translation>
    </message>
    <message>
        <source>Fastest point ≥</source>
        <translation>가장 빠른 점 ≥</translation>
    </message>
    <message>
        <source>Measure again only the worker counts whose repeats differ by more than 25 %</source>
        <translation>반복 간 차이가 25 %를 넘는 작업자 수만 다시 측정합니다</translation>
    </message>
    <message>
        <source>darts</source>
        <translation>다트</translation>
    </message>
    <message>
        <source>Sweep workers</source>
        <translation>작업자 수 스윕</translation>
    </message>
    <message>
        <source>oneTBB tasks on a thread pool: real parallel threads, no lock.</source>
        <translation>스레드 풀 위의 oneTBB 태스크: 락 없는 진짜 병렬 스레드.</translation>
    </message>
    <message>
        <source>Threads behind one lock (the GIL): one computes at a time, so no speed-up.</source>
        <translation>락 하나(GIL) 뒤의 스레드: 한 번에 하나만 계산하므로 속도 향상이 없습니다.</translation>
    </message>
    <message>
        <source>Real worker processes: truly parallel, but each pays a start-up and a pipe message per chunk.</source>
        <translation>실제 작업자 프로세스: 진짜 병렬이지만, 각자 시작 비용과 청크마다 파이프 메시지 비용을 치릅니다.</translation>
    </message>
    <message>
        <source>One dart at a time: the pure-Python loop&apos;s shape.</source>
        <translation>한 번에 다트 하나: 순수 파이썬 루프의 모양.</translation>
    </message>
    <message>
        <source>Vectorised blocks (numpy&apos;s shape): the lock is released during the vector maths, held while drawing random numbers.</source>
        <translation>벡터화된 블록(numpy의 모양): 벡터 연산 중에는 락을 풀고, 난수를 뽑는 동안에는 잡고 있습니다.</translation>
    </message>
    <message>
        <source>Vectorised blocks: numpy&apos;s shape.</source>
        <translation>벡터화된 블록: numpy의 모양.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>작업자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>sweep workers</source>
        <translation>작업자 수 스윕</translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation>
            <numerusform>흔들리는 점 %n개 다시 측정</numerusform>
        </translation>
    </message>
    <message>
        <source>The random seed: the same seed throws the same darts, whatever the workers</source>
        <translation>난수 시드: 작업자 수와 상관없이 같은 시드는 같은 다트를 던집니다</translation>
    </message>
    <message>
        <source>Time the run once per worker count in the list below and draw time and speed-up against workers</source>
        <translation>아래 목록의 작업자 수마다 한 번씩 실행 시간을 재고, 작업자 수에 따른 시간과 속도 향상을 그립니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::PiLabPage</name>
    <message>
        <source>the π lab</source>
        <translation>π 실험실</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Speed-up and efficiency</source>
        <translation>속도 향상과 효율</translation>
    </message>
    <message>
        <source>Colour by worker</source>
        <translation>작업자별 색</translation>
    </message>
    <message>
        <source>Colour each dart by the worker that threw it (misses faded)</source>
        <translation>다트마다 던진 작업자의 색을 칠합니다 (빗나간 다트는 흐리게)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation>대기 중: %1에서 측정 중입니다 (한 번에 측정 하나)</translation>
    </message>
    <message numerus="yes">
        <source>running: %1 darts on %n worker(s)…</source>
        <translation>
            <numerusform>실행 중: 작업자 %n명이 다트 %1개…</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 darts</source>
        <translation>다트 %1개 뒤에 정지함</translation>
    </message>
    <message>
        <source>sweep finished</source>
        <translation>스윕 완료</translation>
    </message>
    <message numerus="yes">
        <source>sweep finished: %n worker count(s), %1 → %2 (%3×)</source>
        <translation>
            <numerusform>스윕 완료: 작업자 수 %n가지, %1 → %2 (%3×)</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>finished in %1 — π ≈ %2 (error %3)</source>
        <translation>%1 만에 완료 — π ≈ %2 (오차 %3)</translation>
    </message>
    <message>
        <source> — ⚠ %1</source>
        <translation> — ⚠ %1</translation>
    </message>
    <message>
        <source>π lab</source>
        <translation>π 실험실</translation>
    </message>
    <message>
        <source>cached, measured %1 (Sweep measures again)</source>
        <translation>캐시됨, %1에 측정 (스윕하면 다시 측정)</translation>
    </message>
    <message>
        <source>press Sweep workers</source>
        <translation>작업자 수 스윕을 누르세요</translation>
    </message>
    <message>
        <source>the π lab sweeps workers only (got &apos;%1&apos;)</source>
        <translation>π 실험실은 작업자 수만 스윕합니다 (입력: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>calibrating: timing the fastest worker count…</source>
        <translation>보정 중: 가장 빠른 작업자 수의 시간을 재는 중…</translation>
    </message>
    <message>
        <source>sweep: %1 darts (or more, to last ≥ %2 s) at %3 worker counts × %4 repeats…</source>
        <translation>스윕: 다트 %1개(또는 ≥ %2초 걸리도록 더 많이), 작업자 수 %3가지 × 반복 %4회…</translation>
    </message>
    <message>
        <source>%1 darts per point × %2 repeats</source>
        <translation>점마다 다트 %1개 × 반복 %2회</translation>
    </message>
    <message>
        <source>%1 darts per point (×%2, so the fastest lasts ≥ %3 s) × %4 repeats</source>
        <translation>점마다 다트 %1개 (×%2, 가장 빠른 점이 ≥ %3초 걸리도록) × 반복 %4회</translation>
    </message>
    <message numerus="yes">
        <source>sweep: %n worker(s) took %1 (median)</source>
        <translation>
            <numerusform>스윕: 작업자 %n명일 때 %1 (중앙값)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>re-measuring %n worker count(s)…</source>
        <translation>
            <numerusform>작업자 수 %n가지 다시 측정 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parlab::ui::PrimesControls</name>
    <message>
        <source>A whole number, e.g. 100000000 or 1e8 (at most 2^53)</source>
        <translation>정수, 예: 100000000 또는 1e8 (최대 2^53)</translation>
    </message>
    <message>
        <source>Numbers per chunk: an idle worker takes the next chunk from a shared queue (multiprocessing.Pool.map&apos;s chunksize)</source>
        <translation>청크당 수의 개수: 쉬는 작업자가 공유 큐에서 다음 청크를 가져갑니다 (multiprocessing.Pool.map의 chunksize)</translation>
    </message>
    <message>
        <source>Python&apos;s Pool.map default: ceil(n / (4 · workers)), about 4 chunks per worker</source>
        <translation>파이썬 Pool.map의 기본값: ceil(n / (4 · 작업자 수)), 작업자당 청크 약 4개</translation>
    </message>
    <message>
        <source>scalar: the seed&apos;s check_prime loop, one % at a time (the shape of pure Python). batched: the same divisions, 16 at once with multiplications by inverses — about 20× faster, so the cost of handing out chunks shows</source>
        <translation>scalar: 원래 노트의 check_prime 루프, 한 번에 % 하나 (순수 파이썬의 모양). batched: 같은 나눗셈을 역원 곱셈으로 16개씩 한꺼번에 — 약 20배 빨라서 청크를 나눠 주는 비용이 드러납니다</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Chunksize</source>
        <translation>청크 크기</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <source>✓ Python&apos;s default</source>
        <translation>✓ 파이썬 기본값</translation>
    </message>
    <message>
        <source>Use default (%1)</source>
        <translation>기본값 쓰기 (%1)</translation>
    </message>
    <message>
        <source>static: one block per worker (%1 numbers)</source>
        <translation>static: 작업자당 블록 하나 (수 %1개)</translation>
    </message>
    <message>
        <source>%1 chunks ≈ %2 per worker</source>
        <translation>청크 %1개 ≈ 작업자당 %2개</translation>
    </message>
    <message>
        <source>chunksize %1 is more than the %2 numbers in the range: %2 is used · %3</source>
        <translation>청크 크기 %1이(가) 범위의 수 %2개보다 큽니다: %2을(를) 씁니다 · %3</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>수 %1개</translation>
    </message>
    <message>
        <source>about %1 of work: Stop works at any time</source>
        <translation>약 %1 분량의 작업: 정지는 언제든 됩니다</translation>
    </message>
    <message>
        <source>static: one block per worker · chunked: chunks from a shared queue (Pool.map) · auto: oneTBB work stealing · queue: jobs from a queue, ended by poison pills</source>
        <translation>static: 작업자당 블록 하나 · chunked: 공유 큐에서 청크를 가져감 (Pool.map) · auto: oneTBB 작업 훔치기 · queue: 큐에서 작업을 가져가고 포이즌 필로 끝냄</translation>
    </message>
    <message>
        <source>The order numbers are handed out in: natural, shuffled (seeded) or costliest first</source>
        <translation>수를 나눠 주는 순서: 자연 순서, 섞기 (시드 사용), 비싼 것 먼저</translation>
    </message>
    <message>
        <source>tbb: oneTBB tasks · gil-threads: threads behind one lock · processes: real processes</source>
        <translation>tbb: oneTBB 태스크 · gil-threads: 락 하나 뒤의 스레드 · processes: 진짜 프로세스</translation>
    </message>
    <message>
        <source>✓ default (1)</source>
        <translation>✓ 기본값 (1)</translation>
    </message>
    <message>
        <source>Use default (1)</source>
        <translation>기본값 쓰기 (1)</translation>
    </message>
    <message>
        <source>queue: the feeder puts one number per job on the queue, as in the book&apos;s example — chunksize is not used</source>
        <translation>queue: 공급자가 책의 예제처럼 작업 하나에 수 하나씩 큐에 넣습니다 — 청크 크기는 쓰지 않습니다</translation>
    </message>
    <message>
        <source>auto: work stealing splits down to grain size %1</source>
        <translation>auto: 작업 훔치기로 그레인 크기 %1까지 나눕니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::PrimesLabPage</name>
    <message>
        <source>the primes lab</source>
        <translation>소수 실험실</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>chunksize (fig. 9-11/12)</source>
        <translation>청크 크기 (그림 9-11/12)</translation>
    </message>
    <message>
        <source>number of chunks (fig. 9-13)</source>
        <translation>청크 개수 (그림 9-13)</translation>
    </message>
    <message>
        <source>cost per number (fig. 9-9)</source>
        <translation>수 하나당 비용 (그림 9-9)</translation>
    </message>
    <message>
        <source>time to check 1…n</source>
        <translation>1…n 검사 시간</translation>
    </message>
    <message>
        <source>Each sweep point is measured this many times: the chart shows the median and the spread from the fastest to the slowest, the tooltip every value</source>
        <translation>스윕의 점마다 이 횟수만큼 측정합니다: 차트는 중앙값과 가장 빠른 값에서 가장 느린 값까지의 폭을, 툴팁은 모든 값을 보여 줍니다</translation>
    </message>
    <message>
        <source>A run of the book&apos;s range lasts ~40 ms here, mostly noise: each point repeats the range until one measurement lasts this long, and plots the time per pass</source>
        <translation>책의 범위를 한 번 실행하면 여기서는 약 40 ms로, 대부분 잡음입니다: 점마다 측정 한 번이 이만큼 걸릴 때까지 범위를 되풀이하고, 통과당 시간을 그립니다</translation>
    </message>
    <message>
        <source>chunk (alternating)</source>
        <translation>청크 (번갈아)</translation>
    </message>
    <message>
        <source>cost per number</source>
        <translation>수 하나당 비용</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Each point ≥</source>
        <translation>점마다 ≥</translation>
    </message>
    <message>
        <source>Measure again only the points of this sweep whose repeats differ by more than 25 %</source>
        <translation>이 스윕에서 반복 간 차이가 25 %를 넘는 점만 다시 측정합니다</translation>
    </message>
    <message>
        <source>Timeline colour</source>
        <translation>타임라인 색</translation>
    </message>
    <message>
        <source>Per-worker load</source>
        <translation>작업자별 부하</translation>
    </message>
    <message>
        <source>Chunksize sweep</source>
        <translation>청크 크기 스윕</translation>
    </message>
    <message>
        <source>Chunk-count sweep</source>
        <translation>청크 개수 스윕</translation>
    </message>
    <message>
        <source>Cost per number</source>
        <translation>수 하나당 비용</translation>
    </message>
    <message>
        <source>Time to 1…n</source>
        <translation>1…n까지 시간</translation>
    </message>
    <message>
        <source>Last run: %1 primes among %2 numbers in %3 · %4 chunks of %5 · %6 workers</source>
        <translation>마지막 실행: 수 %2개 중 소수 %1개, %3 · 크기 %5인 청크 %4개 · 작업자 %6명</translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring (one measurement at a time)</source>
        <translation>대기 중: %1에서 측정 중입니다 (한 번에 측정 하나)</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 under way…</source>
        <translation>%1 진행 중…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>%1 finished (%2 in all)</source>
        <translation>%1 완료 (모두 %2)</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 정지됨</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source> — ⚠ %1</source>
        <translation> — ⚠ %1</translation>
    </message>
    <message>
        <source>primes lab</source>
        <translation>소수 실험실</translation>
    </message>
    <message>
        <source>%1 numbers, passed until each point lasts ≥ %2 s, × %3 repeats; time per pass</source>
        <translation>수 %1개, 점마다 ≥ %2초가 되도록 되풀이 × 반복 %3회, 통과당 시간</translation>
    </message>
    <message>
        <source>unknown sweep &apos;%1&apos;</source>
        <translation>알 수 없는 스윕 &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Re-measure %n noisy point(s)</source>
        <translation>
            <numerusform>흔들리는 점 %n개 다시 측정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-measuring %n point(s)</source>
        <translation>
            <numerusform>점 %n개 다시 측정 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure the sweep chosen below, point by point, and draw its curve</source>
        <translation>아래에서 고른 스윕을 한 점씩 측정하고 곡선을 그립니다</translation>
    </message>
    <message>
        <source>What the sweep varies: each choice redraws one of the chapter&apos;s figures</source>
        <translation>스윕에서 바꿀 것: 선택마다 이 장의 그림 하나를 다시 그립니다</translation>
    </message>
    <message>
        <source>How the timeline colours its chunks: alternating, to tell neighbours apart, or by their cost per number</source>
        <translation>타임라인이 청크를 칠하는 방법: 이웃을 구별하도록 번갈아, 또는 수 하나당 비용에 따라</translation>
    </message>
</context>
<context>
    <name>parlab::ui::QueueDepthChart</name>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>jobs in the queue</source>
        <translation>큐에 있는 작업</translation>
    </message>
    <message>
        <source>Jobs waiting in the queue: the feeder fills it, workers empty it one job at a time</source>
        <translation>큐에서 기다리는 작업: 공급자가 채우고, 작업자가 한 번에 작업 하나씩 비웁니다</translation>
    </message>
    <message>
        <source>job queue: no samples yet</source>
        <translation>작업 큐: 아직 표본 없음</translation>
    </message>
    <message>
        <source>job queue: %1 queued now, at most %2</source>
        <translation>작업 큐: 지금 %1개 대기, 최대 %2개</translation>
    </message>
</context>
<context>
    <name>parlab::ui::RunControls</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Start a run with these settings (Ctrl+R)</source>
        <translation>이 설정으로 실행을 시작합니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Stop the run or sweep under way (Esc)</source>
        <translation>진행 중인 실행이나 스윕을 멈춥니다 (Esc)</translation>
    </message>
    <message>
        <source>Waiting: %1 is measuring. One measurement at a time, so neither slows the other down.</source>
        <translation>대기 중: %1에서 측정 중입니다. 서로 느려지지 않도록 한 번에 측정 하나만 합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4</source>
        <translation>%3 %2 중 %1 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · %2 남음</translation>
    </message>
</context>
<context>
    <name>parlab::ui::SessionSettings</name>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>기본값으로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <source>Put every control of every page back to its default and forget the saved ones</source>
        <translation>모든 페이지의 모든 컨트롤을 기본값으로 되돌리고 저장된 값을 잊습니다</translation>
    </message>
    <message>
        <source>Stop the run first: its settings cannot change while it runs</source>
        <translation>먼저 실행을 멈추세요: 실행 중에는 설정을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Every control is back to its default</source>
        <translation>모든 컨트롤이 기본값으로 돌아갔습니다</translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerBarsChart</name>
    <message>
        <source>darts</source>
        <translation>다트</translation>
    </message>
    <message>
        <source>work</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>GIL wait</source>
        <translation>GIL 대기</translation>
    </message>
    <message>
        <source>off core</source>
        <translation>코어 밖</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Darts thrown per worker</source>
        <translation>작업자별 던진 다트</translation>
    </message>
    <message>
        <source>Time per worker</source>
        <translation>작업자별 시간</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>darts (billions)</source>
        <translation>다트 (10억 개)</translation>
    </message>
    <message>
        <source>darts (millions)</source>
        <translation>다트 (100만 개)</translation>
    </message>
    <message>
        <source>darts (thousands)</source>
        <translation>다트 (1000개)</translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerLoadChart</name>
    <message>
        <source>Per-worker load (share of the total)</source>
        <translation>작업자별 부하 (전체 중 몫)</translation>
    </message>
    <message>
        <source>numbers checked</source>
        <translation>검사한 수</translation>
    </message>
    <message>
        <source>trial divisions</source>
        <translation>시행 나눗셈</translation>
    </message>
    <message>
        <source>computing time</source>
        <translation>계산 시간</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>작업자 %1</translation>
    </message>
    <message>
        <source>Per-worker load (share of the total) — imbalance –, idle –</source>
        <translation>작업자별 부하 (전체 중 몫) — 불균형 –, 유휴 –</translation>
    </message>
    <message>
        <source>Per-worker load (share of the total) — imbalance %1 (slowest ÷ mean busy) · idle %2 % · fair share %3 %</source>
        <translation>작업자별 부하 (전체 중 몫) — 불균형 %1 (가장 느린 작업자 ÷ 평균 바쁜 시간) · 유휴 %2 % · 공평한 몫 %3 %</translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerSlider</name>
    <message>
        <source>1 core</source>
        <translation>코어 1개</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>코어 %1개</translation>
    </message>
    <message>
        <source>Workers. This machine has %1 physical and %2 logical cores: more workers than cores only take turns.</source>
        <translation>작업자 수. 이 컴퓨터에는 물리 코어 %1개와 논리 코어 %2개가 있습니다: 작업자가 코어보다 많으면 번갈아 쓸 뿐입니다.</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>작업자 1명</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>작업자 %1명</translation>
    </message>
    <message>
        <source>%1 physical</source>
        <translation>물리 %1개</translation>
    </message>
    <message>
        <source>%1 logical</source>
        <translation>논리 %1개</translation>
    </message>
</context>
<context>
    <name>parlab::ui::WorkerTimeline</name>
    <message>
        <source>Per-worker timeline</source>
        <translation>작업자별 타임라인</translation>
    </message>
    <message>
        <source>time since the run started (s)</source>
        <translation>실행 시작 후 시간 (초)</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>작업자 %1</translation>
    </message>
    <message>
        <source>Per-worker timeline — %1 chunks%2</source>
        <translation>작업자별 타임라인 — 청크 %1개%2</translation>
    </message>
    <message>
        <source> (merged for drawing)</source>
        <translation> (그리기 위해 합침)</translation>
    </message>
    <message>
        <source> · grey hatched: process start-up (slowest %1)</source>
        <translation> · 회색 빗금: 프로세스 시작 (가장 느린 것 %1)</translation>
    </message>
    <message>
        <source> · pale: waiting for the GIL</source>
        <translation> · 옅은 색: GIL 대기</translation>
    </message>
    <message>
        <source>process start-up</source>
        <translation>프로세스 시작</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>parlab::ui::XyFigureView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>machine busy (%1 cores)</source>
        <translation>컴퓨터 바쁨 (코어 %1개)</translation>
    </message>
    <message numerus="yes">
        <source>%n noisy point(s)</source>
        <translation>
            <numerusform>흔들리는 점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
x = %2: %3</source>
        <translation>%1
x = %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1
x = %2: median %3 (min %4, max %5)
%n repeat(s): %6</source>
        <translation>
            <numerusform>%1
x = %2: 중앙값 %3 (최소 %4, 최대 %5)
반복 %n회: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (로그 눈금)</translation>
    </message>
</context>
</TS>
