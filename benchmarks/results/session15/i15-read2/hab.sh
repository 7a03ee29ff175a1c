#!/bin/bash
# hab.sh ROUNDS MODE(cluster|dedup) FILE REPS JAR_A JAR_B...: ReadH with each jar, interleaved (order alternates), under the measure lock
rounds=$1 mode=$2 file=$3 reps=$4; shift 4
jars=("$@")
if [[ $mode == cluster ]]; then opts="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:MaxTenuringThreshold=1"
elif [[ $file == *100k* ]]; then opts="-XX:+UseSerialGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100 -XX:MaxInlineLevel=9 -XX:Tier4BackEdgeThreshold=400000"
else opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=6000 -Xmn64m"; fi
for r in $(seq $rounds); do
  order=("${jars[@]}"); (( r % 2 == 0 )) && order=($(printf '%s\n' "${jars[@]}" | tac))
  for jar in "${order[@]}"; do
    flock $LOCKS/measure.lock bash -c "echo \"== $(basename $jar) r$r load \$(cut -d' ' -f1-3 /proc/loadavg)\"; $JAVA_HOME/bin/java -Xmx6g $opts -cp $jar:$HARNESS ReadH $file $mode $reps $THREADS"
  done
done
