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
  # JVM warnings go to stdout by default; keep stdout for the program's own output.
  exec "$java" -Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dsecurityir.home="$launcher_root" ${SECURITYIR_JAVA_OPTS:-} -cp "$jar" "$main" "$@"
}
