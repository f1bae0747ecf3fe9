#!/usr/bin/env bash
# Builds the DEB from this build folder, installs it with apt into a throwaway copy of a minimal
# Debian 13 root (only what debootstrap --variant=minbase puts there, none of the -dev packages of the
# build root), and runs hoego from it: --version, a headless journal round trip, and the window on
# the offscreen platform. Dependencies come from the mirror with --no-install-recommends, so a
# missing Depends (the SQLite driver, the platform plugins, the dictionaries, the font) fails here.
#
# The minimal root is made and cached by `packaging/dev` (it has debootstrap; this build root does
# not) and named by HOEGO_CLEAN_ROOT. Without it the test is skipped (exit 77), except under CI.
# usage: deb_install_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2

fail() { echo "FAIL: $*" >&2; exit 1; }
clean=${HOEGO_CLEAN_ROOT:-}
if [ -z "$clean" ] || [ ! -x "$clean/usr/bin/apt-get" ] || [ ! -f "$clean/.hoego-clean-stamp" ]; then
    message="no minimal Debian 13 root (HOEGO_CLEAN_ROOT='$clean'); packaging/dev test and packaging/dev package-test make one"
    [ -n "${CI:-}" ] && fail "$message"
    echo "SKIPPED: $message"
    exit 77
fi
# chroot and mounts need root: as root directly, elsewhere through password-less sudo.
if [ "$(id -u)" = 0 ]; then
    sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    message="installing into a Debian root needs root (chroot) or password-less sudo"
    [ -n "${CI:-}" ] && fail "$message"
    echo "SKIPPED: $message"
    exit 77
fi

work=$(mktemp -d /tmp/hoego-deb-test.XXXXXX)
trap '"${sudo[@]}" rm -rf "$work"' EXIT
started=$SECONDS

echo "building the DEB (cpack) from $build"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/pkg/hoego_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack made no hoego_${version}_*.deb: $(ls "$work/pkg")"

# A copy, not the cached root itself: every run starts from the same clean state. The shared lock keeps
# packaging/dev from replacing the root while it is copied.
echo "copying the minimal root $clean"
root=$work/root
flock -s "$clean.lock" "${sudo[@]}" cp -a "$clean" "$root"
"${sudo[@]}" cp "$deb" "$root/tmp/"
"${sudo[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
"${sudo[@]}" tee "$root/tmp/retro.md" >/dev/null <<'TEXT'
# 2025년 회고

## Keep
- 주 3회 아침 달리기를 열 달 동안 지켰다.

## Try
- 책 12권 읽고 그중 5권은 서평 쓰기
TEXT

# Downloaded packages are kept between runs beside the root (one run at a time uses them).
archives="$clean.archives"
"${sudo[@]}" mkdir -p "$archives/partial"

# Everything inside runs in a private mount namespace: the mounts vanish with it.
inside_script='set -e; r=$1; a=$2; shift 2
    mount --bind /dev "$r/dev"; mount -t proc proc "$r/proc"; mount --bind "$a" "$r/var/cache/apt/archives"
    exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"'
in_clean() { "${sudo[@]}" unshare --mount --propagation private /bin/sh -c "$inside_script" sh "$root" "$archives" "$@"; }

deb_in_root=/tmp/$(basename "$deb")
# No fsync for a root thrown away afterwards: halves the time dpkg takes.
install() {
    in_clean apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io "$deb_in_root" \
        >>"$work/apt.log" 2>&1
}
echo "apt-get install --no-install-recommends ./$(basename "$deb") (log: apt.log below on failure)"
(
    flock 9
    # The cached package lists may be old; only when installing with them fails are they refreshed.
    if ! install; then
        echo "installing with the cached package lists failed; apt-get update and again"
        in_clean apt-get update -q >>"$work/apt.log" 2>&1 && install
    fi
    in_clean apt-get autoclean -q >/dev/null 2>&1 || true
) 9>"$clean.archives.lock" || { tail -n 30 "$work/apt.log"; fail "the DEB did not install into a clean Debian 13 root"; }
echo "installed in $((SECONDS - started)) s"

# What a user gets: the binary, its launcher and icon, and the data it needs at run time.
for f in /usr/bin/hoego /usr/share/applications/org.hoego.Hoego.desktop \
    /usr/share/icons/hicolor/scalable/apps/org.hoego.Hoego.svg /usr/share/metainfo/org.hoego.Hoego.metainfo.xml \
    /usr/share/hunspell/ko_KR.dic /usr/share/hunspell/en_US.dic; do
    [ -e "$root$f" ] || fail "$f is missing after installing the DEB"
done
in_clean fc-list :lang=ko family | grep -q 'Noto Sans CJK KR' || fail "no Korean font (Noto Sans CJK KR) after installing the DEB"

out=$(in_clean hoego --version) || fail "hoego --version failed in the clean root"
[ "$out" = "hoego $version" ] || fail "hoego --version printed '$out', expected 'hoego $version'"
echo "$out"

# A headless round trip through the journal: needs the SQLite driver plugin.
journal=/tmp/j.sqlite
in_clean hoego --journal "$journal" new --kind year --period 2025 --title "2025년 회고" \
    --body-file /tmp/retro.md --tag 회고 >/dev/null || fail "hoego new failed in the clean root"
listed=$(in_clean hoego --journal "$journal" list --json) || fail "hoego list failed in the clean root"
case "$listed" in *'"2025년 회고"'*) ;; *) fail "hoego list does not show the new entry: $listed" ;; esac
shown=$(in_clean hoego --journal "$journal" show 1) || fail "hoego show failed in the clean root"
case "$shown" in *"주 3회 아침 달리기"*) ;; *) fail "hoego show lost the body: $shown" ;; esac
echo "journal round trip: ok"

# The window: it must start and keep running (the platform plugin, fonts and widgets load); a
# missing plugin aborts at once. timeout's 124 means it was still running after 5 s.
status=0
in_clean timeout 5 env QT_QPA_PLATFORM=offscreen hoego --journal "$journal" >"$work/window.log" 2>&1 || status=$?
[ "$status" = 124 ] || { cat "$work/window.log"; fail "the window did not keep running (exit $status)"; }
echo "window started (offscreen) and kept running"
echo "DEB install test passed in $((SECONDS - started)) s"
