#!/bin/sh
# Converts one feed from what a CMS or calendar already publishes and publishes it only when
# `uzl-widgets convert` says it is valid; otherwise the last good file stays where it is.
#
#   refresh-feeds.sh <out.json> <kind> [<lang>:]<file-or-URL>...
#   refresh-feeds.sh /var/www/feeds/news.json news nl:https://www.example.org/nl/feed fr:https://www.example.org/fr/feed
#
# From cron, every 15 minutes (cron's PATH is short: name node's folder if it is elsewhere):
#   */15 * * * * cd /srv/uzl-feeds && PATH=/usr/local/bin:/usr/bin:/bin ./refresh-feeds.sh /var/www/feeds/news.json news nl:https://www.example.org/nl/feed fr:https://www.example.org/fr/feed >>/var/log/uzl-feeds.log 2>&1
#
# The command is `npx uzl-widgets` (the package installed in the folder the job runs in), or
# what UZL_WIDGETS says. Convert writes into a temp file beside <out.json>, on the same file
# system, so the rename that publishes it is atomic: the web server serves the old file or the
# new one, never half of one. convert writes nothing and exits 1 when the result would be
# invalid (2 when an input cannot be read); this script then exits with that code and leaves
# <out.json> as it was. Tested by test/node/refresh-feeds.test.mjs.
set -eu

if [ "$#" -lt 3 ]; then
  echo "usage: $0 <out.json> <kind> [<lang>:]<file-or-URL>..." >&2
  exit 2
fi
out=$1
shift
uzl_widgets=${UZL_WIDGETS:-npx uzl-widgets}

tmp=$(mktemp "$(dirname "$out")/.$(basename "$out").XXXXXX")
trap 'rm -f "$tmp"' EXIT
trap 'exit 130' INT TERM

# $uzl_widgets is split into words on purpose: a command and its arguments.
# shellcheck disable=SC2086
if $uzl_widgets convert "$@" -o "$tmp"; then
  # mktemp makes the file readable by its owner only; the web server must read it.
  chmod 644 "$tmp"
  mv -f "$tmp" "$out"
  echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') published $out"
else
  code=$?
  echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') convert exited $code: $out keeps its last good version" >&2
  exit "$code"
fi
