#!/bin/sh
# Builds the release archive of the plugin, as Pulumi names plugin assets
# (pulumi-<kind>-<name>-v<version>-<os>-<arch>.tar.gz), from what src/dist assembled in ./target:
#   assemble-release.sh CHECKOUT TARGET VERSION JDK
# At the archive's root: the launchers (pulumi-resource-securityir, securityir), their jars and
# lib/, a Java runtime linked with jlink from JDK holding only the modules jdeps finds, the plugin's
# class-data-sharing archive trained against that runtime, LICENSE, README.md, the CycloneDX SBOM
# (sbom.cdx.json) and the quickstart the CLI's demo runs. Beside it: <archive>.sha256.
# Run by Maven at package (src/dist/pom.xml, profile release-linux-amd64); loopback only.
set -eu
checkout=$1
target=$2
version=$3
jdk=$4
name=pulumi-resource-securityir-v$version-linux-amd64
stage=$target/release/$name
archive=$target/$name.tar.gz

rm -rf "$target/release" "$archive" "$archive.sha256"
mkdir -p "$stage/cds" "$stage/examples" "$stage/lib"
# The plugin's and the CLI's jars and the jars their manifests name; not the root program's, which
# runs from a checkout under Pulumi's Java language host.
for jar in pulumi-resource-securityir.jar securityir-cli.jar; do
  cp -p "$target/$jar" "$stage/"
  (cd "$target/release" && "$jdk/bin/jar" xf "$target/$jar" META-INF/MANIFEST.MF)
  # A manifest wraps long lines at 72 bytes, continuing with one space.
  awk '/^ / { sub(/^ /, ""); printf "%s", $0; next } { printf "\n%s", $0 } END { print "" }' \
    "$target/release/META-INF/MANIFEST.MF" | sed -n 's/^Class-Path: //p' | tr -d '\r' | tr ' ' '\n' |
    while read -r entry; do [ -n "$entry" ] && cp -p "$target/$entry" "$stage/lib/"; done
  rm -rf "$target/release/META-INF"
done
cp -p "$checkout/bin/java-launcher.sh" "$checkout/bin/pulumi-resource-securityir" \
  "$checkout/bin/securityir" "$checkout/LICENSE" "$stage/"
cp -p "$checkout/src/dist/src/release/README.md" "$stage/README.md"
cp -Rp "$checkout/examples/quickstart" "$stage/examples/quickstart"

# The runtime: the modules the jars need, as jdeps finds them, plus the TLS key-exchange provider
# (jdk.crypto.ec), which the JDK loads as a security provider by name, where jdeps cannot see it;
# without it no HTTPS connection to AWS can be made.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 -q \
  --class-path "$stage/lib/*" "$stage"/*.jar "$stage"/lib/*.jar)
# Native debug symbols go too where binutils' objcopy is there to strip them (jlink uses it); the
# Java debug attributes always. (Newer jlinks refuse --strip-debug beside the native option.)
strip=--strip-debug
if command -v objcopy >/dev/null 2>&1; then
  strip="--strip-java-debug-attributes --strip-native-debug-symbols=objcopy=$(command -v objcopy)"
fi
# shellcheck disable=SC2086 # strip is a list of options.
"$jdk/bin/jlink" --add-modules "$modules,jdk.crypto.ec" $strip \
  --no-header-files --no-man-pages --generate-cds-archive --output "$stage/jre"
# The base archive for compressed class pointers is the one the launchers' heap sizes use; the
# other (for heaps over 32 GB) is never read.
rm -f "$stage/jre/lib/server/classes_nocoops.jsa"
echo "$modules,jdk.crypto.ec" | tr ',' '\n' > "$stage/jre/modules.txt"

# One timestamp for every file, set before training: the JVM accepts a class-data-sharing archive
# only while the jars keep the size and modification time they had when it was written, and tar
# restores these times on extraction.
stamp=${SOURCE_DATE_EPOCH:-$(git -C "$checkout" log -1 --format=%ct 2>/dev/null || date +%s)}
find "$stage" -exec touch -h -d "@$stamp" {} +
"$jdk/bin/java" -cp "$target/pulumi-resource-securityir.jar" \
  com.pulumi.securityir.provider.training.PluginTrainer \
  "$stage/pulumi-resource-securityir" "$stage/cds" "$stage/pulumi-resource-securityir.jar"
touch -d "@$stamp" "$stage/cds"/* "$stage/cds"

# The SBOM: Maven's components (every jar in lib/), plus the bundled runtime, added to the top-level
# list (indented two spaces; metadata.tools has a list of the same name, deeper).
runtime_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$stage/jre/release")
runtime_vendor=$(sed -n 's/^IMPLEMENTOR="\(.*\)"/\1/p' "$stage/jre/release")
awk -v version="$runtime_version" -v vendor="${runtime_vendor:-OpenJDK}" -v modules="$modules,jdk.crypto.ec" '
  !done && /^  "components" *: *\[/ {
    print
    print "    {"
    print "      \"type\" : \"platform\","
    print "      \"bom-ref\" : \"bundled-java-runtime\","
    print "      \"supplier\" : { \"name\" : \"" vendor "\" },"
    print "      \"name\" : \"java-runtime\","
    print "      \"version\" : \"" version "\","
    print "      \"description\" : \"Java runtime linked with jlink (jre/), modules: " modules "\","
    print "      \"licenses\" : [ { \"license\" : { \"id\" : \"GPL-2.0-with-classpath-exception\" } } ]"
    print "    },"
    done = 1
    next
  }
  { print }
  END { if (!done) exit 3 }
' "$target/bom.json" > "$stage/sbom.cdx.json"
touch -d "@$stamp" "$stage/sbom.cdx.json" "$stage/jre/modules.txt"

# Files at the archive's root, as Pulumi extracts a plugin into its plugin folder.
(cd "$stage" && ls -A | LC_ALL=C sort | tar --owner=0 --group=0 --numeric-owner --sort=name \
  -cf - -T - | gzip -9n > "$archive")
(cd "$target" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "release archive: $archive ($(du -h "$archive" | cut -f1))"
