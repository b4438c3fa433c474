# Shared by the launchers in this folder and in the release archive: find the jar and a Java 17+
# runtime, then exec the JVM. Sourced, not run. Defines launch_java NAME JAR MAIN_CLASS [ARGS...],
# where JAR (whose manifest names its class path in lib/) is found beside lib/.
#
# Two layouts, told apart by a bundled runtime beside the launcher:
# - the release archive (pulumi-resource-securityir-v<version>-<os>-<arch>.tar.gz): the launchers at
#   its root beside the jars, lib/, cds/ and the bundled Java runtime jre/; no JDK needed;
# - a checkout: bin/ beside target/ (built by ./mvnw package), with the JDK from JAVA_HOME or PATH.

launcher_dir=$(cd "$(dirname "$self")" && pwd)
if [ -x "$launcher_dir/jre/bin/java" ]; then
  launcher_root=$launcher_dir
  launcher_build=$launcher_root
  bundled_java=$launcher_root/jre/bin/java
else
  launcher_root=$(cd "$launcher_dir/.." && pwd)
  launcher_build=$launcher_root/target
  bundled_java=
fi

launch_java() {
  name=$1
  jar_name=$2
  jar=$launcher_build/$jar_name
  main=$3
  shift 3
  if [ ! -f "$jar" ]; then
    echo "$name: $jar is missing; build it first: (cd '$launcher_root' && ./mvnw -B -q -DskipTests package)" >&2
    exit 1
  fi
  if [ -n "$bundled_java" ]; then
    # The runtime this archive was built and trained with; JAVA_HOME and PATH are not consulted.
    java=$bundled_java
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$launcher_root/jre/release" 2>/dev/null || true)
  else
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
  fi
  if [ "${launch_from_build_dir:-}" = yes ]; then
    # A JDK 17 class-data-sharing archive records the class path as it was given: only a relative
    # one still matches once the release archive is extracted into another folder (a Pulumi plugin
    # cache), so such a launcher runs from its build folder.
    cd "$launcher_build"
    set -- -cp "$jar_name" "$main" "$@"
  else
    set -- -cp "$jar" "$main" "$@"
  fi
  # The class-data-sharing archive trained for this launcher at build time, named
  # cds/NAME-<first 16 hex digits of the jar's SHA-256>.jsa. Checked with shell built-ins only
  # (a glob and a file-age test, no extra process): an archive older than the jar is ignored, and the
  # JVM itself rejects a dynamic archive whose class-path jars changed size or mtime, or that another
  # runtime wrote. SECURITYIR_CDS=off runs without it (training, baselines).
  # On Java 25 and later the training writes an ahead-of-time cache instead (NAME-<...>.aot), an
  # option older runtimes refuse to start with: used only with the bundled runtime that wrote it, or
  # a JDK of version 25 or later.
  if [ "${SECURITYIR_CDS:-on}" != off ]; then
    for archive in "$launcher_build/cds/$name"-*.aot "$launcher_build/cds/$name"-*.jsa; do
      if [ -f "$archive" ] && [ ! "$jar" -nt "$archive" ]; then
        case $archive in
          *.aot)
            [ -n "$bundled_java" ] || [ "${version:-0}" -ge 25 ] || continue
            set -- "-XX:AOTCache=$archive" "$@"
            ;;
          *) set -- "-XX:SharedArchiveFile=$archive" -Xshare:auto "$@" ;;
        esac
        break
      fi
    done
  fi
  # From Java 24 the JVM warns on stderr, once per run, that libraries use sun.misc.Unsafe (the
  # gRPC and protobuf jars do); the user cannot act on it. Java 17 refuses the option that allows it.
  if [ "${version:-0}" -ge 24 ]; then
    set -- --sun-misc-unsafe-memory-access=allow "$@"
  fi
  # JVM warnings go to stdout by default; keep stdout for the program's own output. This also keeps
  # the JVM's complaint about a rejected archive off stdout (checked by CdsArchiveIT).
  # shellcheck disable=SC2086 # SECURITYIR_JAVA_OPTS is a list of options.
  exec "$java" -Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dsecurityir.home="$launcher_root" ${SECURITYIR_JAVA_OPTS:-} "$@"
}
