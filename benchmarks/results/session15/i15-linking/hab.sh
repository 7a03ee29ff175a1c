#!/bin/bash
# hab.sh ROUNDS REPS THREADS [related]: ClusterH with the base jar and the new jar, interleaved, under the measure lock
for r in $(seq $1); do
  for v in $( (( r % 2 )) && echo base new || echo new base ); do
    jar=$BASEJAR; [[ $v == new ]] && jar=$NEWJAR
    flock $LOCKS/measure.lock bash -c "echo \"$v r$r load \$(cut -d' ' -f1-3 /proc/loadavg)\"; $JAVA_HOME/bin/java -Xmx6g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:MaxTenuringThreshold=1 -cp $jar:$HARNESS ClusterH $DATA/g20k.jsonl $2 $3 $4"
  done
done
