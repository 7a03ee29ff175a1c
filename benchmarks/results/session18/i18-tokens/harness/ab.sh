#!/bin/bash
# ab.sh FILE MAX PASSES JAR_A JAR_B : C2 then C1, each in one JVM alternating the two jars (AB.java)
# needs: TREE (a copydesk worktree, for scripts/find-jdk.sh), LOCK (the measuring lock file)
source "$TREE/scripts/find-jdk.sh"
for mode in C2 C1; do
  opt=""; [ $mode = C1 ] && opt=-XX:TieredStopAtLevel=1
  echo "== $mode $(basename $4) vs $(basename $5), $1 x$2, load $(cut -d' ' -f1-3 /proc/loadavg)"
  flock "$LOCK" $JAVA_HOME/bin/java -XX:+UseSerialGC -Xmx3g $opt -cp /tmp/i18-tokens/ab AB "$@"
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
