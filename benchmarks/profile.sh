#!/usr/bin/env bash
# Where a copydesk run spends its CPU: the command through ./copydesk with async-profiler attached (CPU
# samples every millisecond, every thread, the JIT's and the collector's threads included), then the CPU
# milliseconds of the frames that took most on their own and of copydesk's methods with their callees.
# Beside JFR: the launcher runs inputs under 1 GiB on C1 alone, and JFR's samples of C1's code gather on
# calls, which overstates the JDK's methods (benchmarks/results/session47/lead/README.md).
# The profiler comes from Maven Central (tools.profiler:async-profiler) into benchmarks/target on the first
# use; Linux (x64, arm64) and macOS. FRAMES: more frames (substrings) to report, comma-separated.
# usage (from the repository root): benchmarks/profile.sh OUT_DIR COMMAND ARGS...
#   benchmarks/profile.sh /tmp/prof cluster corpus
set -euo pipefail
(( $# >= 2 )) || { sed -n 2,10p "$0" >&2; exit 2; }
out=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
version=4.1
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64|Linux-arm64) platform=linux-arm64 ;;
  Darwin-*) platform=macos ;;
  *) echo "profile.sh: no async-profiler library for $(uname -s) $(uname -m)" >&2; exit 2 ;;
esac
lib_dir="$here/benchmarks/target/async-profiler-$version"
lib="$lib_dir/$platform/libasyncProfiler.so"
if [[ ! -f "$lib" ]]; then
  (cd "$here" && ./mvnw -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$lib_dir") >&2
  python3 - "$lib_dir/async-profiler-$version.jar" "$platform/libasyncProfiler.so" "$lib_dir" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])
PY
fi
mkdir -p "$out"
stacks="$out/profile.collapsed"
rm -f "$stacks"
agent="-agentpath:$lib=start,event=cpu,interval=1ms,file=$stacks,collapsed"
(cd "$here" && COPYDESK_JAVA_OPTS="${COPYDESK_JAVA_OPTS:-} $agent" ./copydesk "$@") > "$out/output" 2> "$out/stderr" \
  || { echo "profile.sh: copydesk failed, see $out/stderr" >&2; exit 1; }
[[ -s "$stacks" ]] || { echo "profile.sh: no samples written, see $out/stderr" >&2; exit 1; }
python3 - "$stacks" "${FRAMES:-}" <<'PY' | tee "$out/summary.txt"
import collections, sys
own, incl, kinds, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
extra = [f for f in sys.argv[2].split(",") if f]
named = collections.Counter()
# the command's entry and dispatch: every sample of the main thread passes through them
wrappers = ("io/copydesk/cli/Start.", "io/copydesk/cli/Main.", "io/copydesk/cli/PlainCommandLine.")
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    count = int(count)
    frames = stack.split(";")
    total += count
    own[frames[-1]] += count
    if any("CompileBroker" in f for f in frames): kinds["the JIT compilers"] += count
    elif any(f.startswith(("VMThread::", "WorkerThread::", "GCTaskThread::", "ConcurrentGCThread::")) for f in frames): kinds["the garbage collector (and other VM work)"] += count
    elif any(f.startswith("java/") or f.startswith("io/") or f.startswith("jdk/") for f in frames): kinds["Java code (the program, the JDK's libraries)"] += count
    else: kinds["other native code"] += count
    for f in set(frames):
        if f.startswith("io/copydesk/") and not f.startswith(wrappers) and "$$Lambda" not in f and ".lambda$" not in f: incl[f] += count
    for f in extra:
        if any(f in x for x in frames): named[f] += count
print(f"{total} ms of CPU sampled")
for k, c in kinds.most_common(): print(f"{c:7d} ms {100 * c / total:5.1f}%  {k}")
print("-- on their own (the frame running when sampled):")
for f, c in own.most_common(25): print(f"{c:7d} ms {100 * c / total:5.1f}%  {f}")
print("-- copydesk's methods with what they call:")
for f, c in incl.most_common(30): print(f"{c:7d} ms {100 * c / total:5.1f}%  {f}")
if extra:
    print("-- frames asked for (FRAMES), with what they call:")
    for f in extra: print(f"{named[f]:7d} ms {100 * named[f] / total:5.1f}%  {f}")
PY
echo "stacks (collapsed, one sampled stack and its count a line): $stacks" >&2
