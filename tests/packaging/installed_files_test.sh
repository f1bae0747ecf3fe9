#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what desktops and software centres read:
# the .desktop file (desktop-file-validate), the AppStream metadata (appstreamcli, offline, strict)
# and that the names agree with each other, with the icon and with the binary.
# usage: installed_files_test.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 app_id=$2 version=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$app_id.svg
for f in "$prefix/bin/hoego" "$desktop" "$metainfo" "$icon"; do
    [ -f "$f" ] || fail "not installed: ${f#"$prefix"/} (installed: $(cd "$prefix" && find . -type f | tr '\n' ' '))"
done

echo "desktop-file-validate $desktop"
desktop-file-validate "$desktop" || fail "the .desktop file is not valid (messages above)"
echo "appstreamcli validate --no-net --strict $metainfo"
appstreamcli validate --no-net --strict "$metainfo" || fail "the AppStream metadata is not valid (messages above)"

# The launcher starts the installed binary and shows the installed icon.
grep -qx 'Exec=hoego' "$desktop" || fail "the .desktop file must start hoego"
grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop file's Icon= must be $app_id (the installed icon's name)"
grep -q '^Name\[ko\]=' "$desktop" || fail "the .desktop file has no Korean name"

# Software centres join the metadata to the launcher and the binary by these names.
grep -q "<id>$app_id</id>" "$metainfo" || fail "AppStream id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "AppStream launchable does not name $app_id.desktop"
grep -q '<binary>hoego</binary>' "$metainfo" || fail "AppStream does not provide the binary hoego"
grep -q "<release version=\"$version\"" "$metainfo" || fail "AppStream has no release entry for $version"
grep -q '<p xml:lang="ko">' "$metainfo" || fail "AppStream description has no Korean text"
if grep -o '<image>[^<]*</image>' "$metainfo" | grep -v '<image>https://'; then
    fail "screenshot URLs must be https (software centres download them)"
fi
[ "$(grep -c '<screenshot' "$metainfo")" -ge 2 ] || fail "AppStream lists fewer than two screenshots"

# The icon is an SVG document with a square canvas.
grep -q '<svg[^>]*viewBox="0 0 \([0-9]*\) \1"' "$icon" || fail "the icon is not a square SVG"

# The installed binary runs and says the version the metadata announces.
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/hoego" --version) || fail "the installed hoego --version failed"
[ "$out" = "hoego $version" ] || fail "installed hoego --version printed '$out', expected 'hoego $version'"
echo "installed files valid: bin/hoego, $app_id.desktop, $app_id.svg, $app_id.metainfo.xml"
