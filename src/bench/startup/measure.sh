#!/usr/bin/env bash
# Time to ready: the packaged service against an empty Quarkus app with the same extensions, built and
# measured in the same run (docs/performance.md). Each is started ROUNDS times, alternately, with a fresh
# working directory (so a fresh H2 database), then once more in the same directory (a restart, as a
# Kubernetes pod restarts on its database), and timed from the process's start to the first 200 of
# /q/health/ready. Prints every start and the medians of both kinds.
#
#   src/bench/startup/measure.sh            # builds both, 5 rounds
#   ROUNDS=9 SKIP_BUILD=1 src/bench/startup/measure.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
ROUNDS=${ROUNDS:-5}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/divertwatch-startup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# The empty app: the service's pom with its own sources swapped for one resource, so that the Quarkus
# version, the extensions and their build configuration are exactly the service's.
EMPTY="$ROOT/target/startup-empty-app"
if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests)
  rm -rf "$EMPTY" && mkdir -p "$EMPTY/src/main/java/empty" "$EMPTY/src/main/resources"
  sed -e 's|<artifactId>divertwatch</artifactId>|<artifactId>divertwatch-startup-empty</artifactId>|' "$ROOT/pom.xml" \
    > "$EMPTY/pom.xml"
  cp -r "$ROOT/mvnw" "$ROOT/.mvn" "$EMPTY/" 2>/dev/null || true
  cat > "$EMPTY/src/main/java/empty/Hello.java" <<'JAVA'
package empty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class Hello {
    @GET
    public String hello() {
        return "hello";
    }
}
JAVA
  cat > "$EMPTY/src/main/resources/application.properties" <<'PROPS'
quarkus.datasource.db-kind=h2
quarkus.datasource.jdbc.url=jdbc:h2:file:./data/empty;DB_CLOSE_ON_EXIT=FALSE
quarkus.flyway.migrate-at-start=true
PROPS
  (cd "$EMPTY" && "$ROOT/mvnw" -B -q -ntp package -DskipTests -Dmaven.test.skip=true)
fi

# Milliseconds from start to ready for the jar $1 in the directory $2 (made when new).
ready_ms() {
  local dir="$2"
  mkdir -p "$dir"
  local start end pid
  start=$(date +%s%N)
  (cd "$dir" && exec java -Dquarkus.http.port="$PORT" -Ddivertwatch.source=replay -jar "$1" >> run.log 2>&1) &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1; then
      end=$(date +%s%N)
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
      echo $(( (end - start) / 1000000 ))
      return
    fi
    sleep 0.01
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "never ready: $dir/run.log" >&2
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

SERVICE_JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
EMPTY_JAR="$EMPTY/target/quarkus-app/quarkus-run.jar"
for f in service empty service-restart empty-restart; do : > "$WORK/$f"; done
ready_ms "$EMPTY_JAR" "$WORK/warm-empty" > /dev/null   # warms the file cache for both
ready_ms "$SERVICE_JAR" "$WORK/warm-service" > /dev/null
for i in $(seq 1 "$ROUNDS"); do
  e=$(ready_ms "$EMPTY_JAR" "$WORK/empty-$i"); s=$(ready_ms "$SERVICE_JAR" "$WORK/service-$i")
  er=$(ready_ms "$EMPTY_JAR" "$WORK/empty-$i"); sr=$(ready_ms "$SERVICE_JAR" "$WORK/service-$i")
  echo "round $i: fresh database: empty app $e ms, service $s ms; restart: empty app $er ms, service $sr ms"
  echo "$e" >> "$WORK/empty"; echo "$s" >> "$WORK/service"
  echo "$er" >> "$WORK/empty-restart"; echo "$sr" >> "$WORK/service-restart"
done
report() {
  local e s
  e=$(median < "$WORK/$2"); s=$(median < "$WORK/$3")
  echo "Time to ready, $1, medians over $ROUNDS starts: empty app with the same extensions $e ms, service $s ms, ratio $(awk -v s="$s" -v e="$e" 'BEGIN {printf "%.2f", s / e}')"
}
report "fresh database" empty service
report "restart on its database" empty-restart service-restart
