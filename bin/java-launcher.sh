# Shared by the launchers in this folder: find the built jar and a JDK 17+, then exec the JVM.
# Sourced, not run. Defines launch_java NAME MAIN_CLASS [ARGS...].

launcher_root=$(cd "$(dirname "$self")/.." && pwd)

launch_java() {
  name=$1
  main=$2
  shift 2
  jar=$launcher_root/target/securityir.jar
  if [ ! -f "$jar" ]; then
    echo "$name: $jar is missing; build it first: (cd '$launcher_root' && ./mvnw -B -q -DskipTests package)" >&2
    exit 1
  fi
  java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  if ! command -v "$java" >/dev/null 2>&1; then
    echo "$name: no 'java' found; install JDK 17 or newer, or set JAVA_HOME" >&2
    exit 1
  fi
  # Read the JDK's version from its release file rather than paying for a second JVM start.
  java_path=$(command -v "$java")
  release=$(dirname "$(dirname "$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")")")/release
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)
  if [ -z "$version" ]; then
    version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  if [ "${version:-0}" -lt 17 ]; then
    echo "$name: Java 17 or newer is required, but $java_path is version ${version:-unknown}; install JDK 17+ or set JAVA_HOME" >&2
    exit 1
  fi
  set -- -cp "$jar" "$main" "$@"
  # The class-data-sharing archive `package` trained for this launcher, named
  # target/cds/NAME-<first 16 hex digits of the jar's SHA-256>.jsa. Checked with shell built-ins only
  # (a glob and a file-age test, no extra process): an archive older than the jar is ignored, and the
  # JVM itself rejects a dynamic archive whose class-path jars changed size or mtime, or that another
  # JDK wrote. SECURITYIR_CDS=off runs without it (training, baselines).
  if [ "${SECURITYIR_CDS:-on}" != off ]; then
    for archive in "$launcher_root/target/cds/$name"-*.jsa; do
      if [ -f "$archive" ] && [ ! "$jar" -nt "$archive" ]; then
        set -- "-XX:SharedArchiveFile=$archive" -Xshare:auto "$@"
        break
      fi
    done
  fi
  # JVM warnings go to stdout by default; keep stdout for the program's own output. This also keeps
  # the JVM's complaint about a rejected archive off stdout (checked by CdsArchiveIT).
  # shellcheck disable=SC2086 # SECURITYIR_JAVA_OPTS is a list of options.
  exec "$java" -Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dsecurityir.home="$launcher_root" ${SECURITYIR_JAVA_OPTS:-} "$@"
}
