# Sourced by ./flopsheet, ./run-tests and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME;
# checks that Maven is there.
# Order: $JAVA_HOME, then `java` on PATH, then the usual JDK folders (newest first).

java_major() { # prints the feature version of the java binary $1, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

find_jdk21() {
  local candidates=() dir
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
               /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/javac" ] && [ -x "$dir/bin/java" ]; then
      local major; major=$(java_major "$dir/bin/java")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        echo "$dir"; return 0
      fi
    fi
  done
  return 1
}

if ! FLOPSHEET_JDK=$(find_jdk21); then
  echo "flopsheet needs a JDK 21 or newer (javac included), and none was found." >&2
  echo "Looked at \$JAVA_HOME, the javac on PATH and /usr/lib/jvm/*." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian 13+) or Temurin 21+," >&2
  echo "then run again or point JAVA_HOME at it." >&2
  exit 3
fi
export JAVA_HOME="$FLOPSHEET_JDK"
export PATH="$JAVA_HOME/bin:$PATH"

if ! command -v mvn >/dev/null 2>&1; then
  echo "flopsheet builds with Apache Maven, and 'mvn' is not on PATH." >&2
  echo "Install it (e.g. 'apt-get install maven') and run again." >&2
  exit 3
fi
