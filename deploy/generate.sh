#!/usr/bin/env bash
# Writes deploy/base/generated/<app>.yml anew: each app's Deployment and Service as quarkus-kubernetes generates them
# (target/kubernetes/kubernetes.yml at `mvn package`), for every app of apps.conf, in a canonical form (ports and
# volumes sorted by name: Quarkus lists them in no fixed order). Their settings are the quarkus.kubernetes.*
# properties (accord-web's and accord-messaging's META-INF/microprofile-config.properties, each app's
# application.properties); what they cannot say is patched in deploy/base/kustomization.yaml. Never edit the
# generated files: GeneratedManifestsIT (./accord test), which this runs in its writing mode, fails when they differ
# from what the build generates.
#   deploy/generate.sh            builds the apps (no tests but that one) and writes the files
#   deploy/generate.sh -o         extra arguments go to Maven (here: offline)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mvn -B -q verify -pl e2e-tests -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=GeneratedManifestsIT -Daccord.manifests.write=true "$@"
git status --short -- deploy/base/generated
