#!/usr/bin/env bash
# CI's look at the .deb a teacher installs: its control fields, its contents, that Depends (from
# dpkg-shlibdeps) is not empty and pulls in no -dev package, and that the unpacked programs run.
# usage: check_deb.sh PACKAGE.deb
set -euo pipefail
deb=$1
here=$(cd "$(dirname "$0")" && pwd)
echo "== dpkg-deb -I $deb"
dpkg-deb -I "$deb"
echo "== contents"
dpkg-deb -c "$deb" | awk '{print $1, $3, $6}'
fail=0
depends=$(dpkg-deb -f "$deb" Depends)
[ -n "$depends" ] || { echo "FAIL: Depends is empty"; fail=1; }
for field in Maintainer Description Section Version Architecture; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || { echo "FAIL: no $field field"; fail=1; }
done
# What apt would pull in for Depends, recursively: runtime libraries only, never a -dev package.
names=$(echo "$depends" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +| +$//g' | grep -v '^$')
dev=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances $names 2>/dev/null | grep -oE '^[a-z0-9.+-]+-dev$' | sort -u || true)
[ -z "$dev" ] || { echo "FAIL: installing the package would pull in development packages: $dev"; fail=1; }
echo "Depends: $depends"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo "== the unpacked package"
bash "$here/check_install.sh" --installed "$root/usr" || fail=1
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root"/usr/share/applications/*.desktop || fail=1
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root"/usr/share/metainfo/*.xml || fail=1
fi
[ "$fail" -eq 0 ] && echo "ok  $deb"
exit $fail
