#!/bin/sh
# Checks Accord's alert rules without a cluster: promtool (Debian/Ubuntu package "prometheus") reads plain rule
# files, so the PrometheusRule's spec (the last key of accord-alerts.yaml) is cut out into one, checked with
# `promtool check rules`, and the alerts are unit-tested with `promtool test rules` (accord-alerts.test.yaml).
#   deploy/monitoring/check-rules.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v promtool >/dev/null 2>&1; then
    echo "promtool not found (apt-get install prometheus): alert rules not checked" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# everything below "spec:", one indentation level less: the rule file's "groups:"
sed -n '/^spec:$/,$p' "$here/accord-alerts.yaml" | sed '1d; s/^  //' > "$work/accord-alerts.rules.yaml"
cp "$here/accord-alerts.test.yaml" "$work/"
promtool check rules "$work/accord-alerts.rules.yaml"
cd "$work" && promtool test rules accord-alerts.test.yaml
