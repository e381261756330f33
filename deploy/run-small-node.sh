#!/usr/bin/env bash
# Starts PlanFlow on a small node (two cores, about half a gigabyte for the JVM):
#   deploy/run-small-node.sh target/planflow-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo
# The first start after a new jar unpacks it and records a class-data sharing archive (one start
# that stops once the application is up); every later start loads classes from that archive,
# compiles with the quick C1 compiler only and keeps the heap at 384 MiB. Measured figures and the
# cost (about a tenth more CPU per plan) are in the README's performance section.
set -euo pipefail
jar=${1:?usage: run-small-node.sh <planflow jar> [application arguments]}
shift
dir=${PLANFLOW_CDS_DIR:-./cds}
name=$(basename "$jar")
if [ ! -f "$dir/planflow.jsa" ] || [ "$jar" -nt "$dir/planflow.jsa" ]; then
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir"
  java -XX:ArchiveClassesAtExit="$dir/planflow.jsa" -Dspring.context.exit=onRefresh -jar "$dir/$name" "$@"
fi
exec java -XX:SharedArchiveFile="$dir/planflow.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xss512k \
  -jar "$dir/$name" "$@"
