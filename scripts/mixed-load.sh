#!/usr/bin/env bash
# A mixed load on the advisor's service on this machine, and its resident memory under it: starts the service on
# 127.0.0.1 (warm-up skipped), runs scripts/MixedLoad.java against it (descriptions, Word and PDF job descriptions,
# team uploads, invalid input; 40 closed-loop clients for 60 s unless told), prints answers, errors, p50/p99 and the
# service's resident peak, then stops the service it started.
#
#   scripts/mixed-load.sh [--clients N] [--seconds S] [--port P] [--launcher] [JVM option...]
#
# Without --launcher the service runs as `java JVM-OPTIONS -jar target/advisor.jar serve`, so JVM options and the
# environment (e.g. MALLOC_ARENA_MAX=2 scripts/mixed-load.sh -Xmx256m -Xss512k) can be compared one at a time. With
# --launcher it runs as `./advisor serve` with the launcher's own options and environment, any JVM options given
# through JDK_JAVA_OPTIONS (the launcher's own options win where both set the same one, except -Xmx, which it then
# leaves to them).
# With -XX:NativeMemoryTracking=summary among the options, the JVM's own account of its memory is printed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients=40
seconds=60
port=18089
launcher=false
jvm=()
while (($#)); do
  case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --launcher) launcher=true; shift ;;
    *) jvm+=("$1"); shift ;;
  esac
done
if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "mixed-load: port $port is already in use; give another with --port" >&2
  exit 2
fi
"$here/advisor" --jvm-options >/dev/null # builds the jar first when the sources changed
log="$(mktemp)"
cd "$here"
if $launcher; then
  env ${jvm[*]:+JDK_JAVA_OPTIONS="${jvm[*]}"} ./advisor serve --port "$port" --warm-up 0 >"$log" 2>&1 &
else
  java ${jvm[@]+"${jvm[@]}"} -jar target/advisor.jar serve --port "$port" --warm-up 0 >"$log" 2>&1 &
fi
pid=$!
stop() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -f "$log"
}
trap stop EXIT
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "mixed-load: the service stopped before it was ready:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then
  echo "mixed-load: the service was not ready within 2 minutes" >&2
  exit 1
fi
arenas="$(tr '\0' '\n' <"/proc/$pid/environ" | grep '^MALLOC_ARENA_MAX=' || true)"
echo "Service: pid $pid: ${arenas:+$arenas }$(tr '\0' ' ' <"/proc/$pid/cmdline")"
java "$here/scripts/MixedLoad.java" --port "$port" --pid "$pid" --clients "$clients" --seconds "$seconds"
if [[ " ${jvm[*]-} " == *NativeMemoryTracking* ]]; then
  jcmd "$pid" VM.native_memory summary | grep -E '^(Total|-|  *\(malloc|  *\(mmap)' \
    | grep -v '^ *(mmap: reserved=0' || true
fi
trouble='OutOfMemoryError|SIGSEGV|fatal error|CodeCache is full|Exception'
if grep -q -E "$trouble" "$log"; then
  echo "The service's log reports:" >&2
  grep -E "$trouble" "$log" | head -5 >&2
fi
