# Sourced by ./copydesk and ./test: exports JAVA_HOME pointing at a JDK 25 or newer, or exits 3
# with a message that says how to get one. Order: JAVA_HOME, java on PATH, the usual JVM folders.
# Functions give their answers in variables, not on stdout: each $(...) forks the shell, and a
# fork costs 5-20 ms on a small VM, a tenth of a short run (./copydesk runs this on every call).
java_major() { # sets major to the feature version of the java binary $1 (a path ending in bin/java), or 0
  local v line release="${1%/bin/java}/release"
  major=0
  # Every JDK since 9 names its version in its release file: reading it costs nothing, while asking
  # the binary starts a JVM (0.2-0.3 s each, and a machine with older JDKs listed first starts several).
  if [[ -f "$release" ]]; then
    while IFS= read -r line; do
      [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+)[.\"] ]] && { major=${BASH_REMATCH[1]}; return 0; }
    done < "$release"
  fi
  v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)"
  [[ "$v" =~ ^[0-9]+$ ]] && major=$v
  return 0
}

find_jdk() { # sets found to a JAVA_HOME holding a JDK 25 or newer, or fails
  local c major
  found=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_major "$JAVA_HOME/bin/java"
    (( major >= 25 )) && { found=$JAVA_HOME; return 0; }
  fi
  if c="$(command -v java)"; then
    c="$(readlink -f "$c")"
    java_major "$c"
    (( major >= 25 )) && { found="${c%/bin/java}"; return 0; }
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" ]]; then
      java_major "$c/bin/java"
      (( major >= 25 )) && { found=$c; return 0; }
    fi
  done
  return 1
}

if ! find_jdk; then
  echo "copydesk: needs a JDK 25 or newer and found none (checked JAVA_HOME, java on PATH, /usr/lib/jvm)." >&2
  echo "  Install one, e.g. Temurin 25 from https://adoptium.net/ or 'sdk install java 25-tem', then set JAVA_HOME." >&2
  exit 3
fi
JAVA_HOME=$found
export JAVA_HOME
# Maven 3.9 still calls sun.misc.Unsafe; JDK 25 warns about it on every build unless told this is fine.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
