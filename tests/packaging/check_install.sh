#!/usr/bin/env bash
# `cmake --install` into an empty prefix gives a desktop program's layout, and the installed parlab
# runs the processes backend with the worker it finds in libexec/parlab — not the build tree's.
# usage: check_install.sh BUILD_DIR EMPTY_PREFIX   (also used by check_deb.sh on an unpacked .deb)
set -euo pipefail
build=$1 prefix=$2
if [ "$build" != --installed ]; then
  rm -rf "$prefix"
  cmake --install "$build" --prefix "$prefix" >/dev/null
fi
fail=0
for f in bin/parlab libexec/parlab/parlab-worker \
         share/applications/io.github.parlab.parlab.desktop share/metainfo/io.github.parlab.parlab.metainfo.xml \
         share/icons/hicolor/scalable/apps/parlab.svg share/icons/hicolor/16x16/apps/parlab.png \
         share/icons/hicolor/48x48/apps/parlab.png share/icons/hicolor/256x256/apps/parlab.png \
         share/man/man1/parlab.1.gz share/doc/parlab/copyright \
         share/parlab/lessons/en/01-darts.md share/parlab/lessons/ko/01-darts.md; do
  if [ -e "$prefix/$f" ]; then echo "ok  $f"; else echo "FAIL: $f is not installed"; fail=1; fi
done
[ -x "$prefix/bin/parlab-worker" ] && { echo "FAIL: the worker is installed into bin/, a folder of commands"; fail=1; }
# Nothing from the build tree may help: no PARLAB_WORKER, and the installed copy is run.
out=$(env -u PARLAB_WORKER QT_QPA_PLATFORM=offscreen "$prefix/bin/parlab" run pi --backend processes \
        --samples 1000000 --workers 2 --json 2>&1) || { echo "FAIL: installed parlab run pi --backend processes: $out"; exit 1; }
echo "$out" | grep -q '"backend": *"processes"' || { echo "FAIL: not a processes run: $out"; fail=1; }
echo "$out" | grep -q '"pi": *3\.1' || { echo "FAIL: no estimate of pi: $out"; fail=1; }
echo "ok  installed parlab run pi --backend processes: $(echo "$out" | grep -o '"pi": *[0-9.]*')"
# With the worker gone, parlab says where it looked.
mv "$prefix/libexec/parlab/parlab-worker" "$prefix/libexec/parlab/parlab-worker.away"
err=$(env -u PARLAB_WORKER QT_QPA_PLATFORM=offscreen "$prefix/bin/parlab" run pi --backend processes --samples 1000 2>&1) && rc=0 || rc=$?
mv "$prefix/libexec/parlab/parlab-worker.away" "$prefix/libexec/parlab/parlab-worker"
if [ "$rc" -ne 1 ] || ! echo "$err" | grep -q "libexec/parlab/parlab-worker"; then
  echo "FAIL: without a worker, expected exit 1 naming where it looked; got $rc: $err"; fail=1
else
  echo "ok  without a worker: $err"
fi
# A lesson file dropped into the installed lessons folder is listed by the installed parlab.
extra="$prefix/share/parlab/lessons/en/90-installed-check.md"
printf -- '---\nid: installed-check\ntitle: Installed check\npage: pi\naction: run\n---\nText.\n' > "$extra"
listed=$(env -u XDG_DATA_HOME HOME="$prefix" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$prefix/bin/parlab" lessons --list 2>&1) || true
rm -f "$extra"
if echo "$listed" | grep -q "^installed-check" && echo "$listed" | grep -q "^darts"; then
  echo "ok  installed lessons folder read: $(echo "$listed" | wc -l) lessons"
else
  echo "FAIL: parlab lessons --list does not read $prefix/share/parlab/lessons: $listed"; fail=1
fi
exit $fail
