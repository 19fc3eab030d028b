#!/bin/sh
# Creates newsmon's topics on the compose Kafka (idempotent: --if-not-exists). Runs once in the
# kafka-init service. Partition counts and retention mirror deploy/kubernetes/base/kafka/topics.yaml,
# scaled down to one broker (replication factor 1); docs/operations.md explains the choices.
# One line per topic: name partitions cleanup.policy retention.ms
# The deploy validation tests check that every topic in dev.newsmon.events.Topics is listed here.
set -eu

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
TOPICS_BIN="${KAFKA_HOME:-/opt/kafka}/bin/kafka-topics.sh"

create() {
  name="$1" partitions="$2" policy="$3" retention="$4"
  extra=""
  if [ "$policy" = "compact" ]; then
    # Compacted topics hold keyed state: keep the latest value per key forever and compact soon.
    extra="--config min.cleanable.dirty.ratio=0.1 --config segment.ms=3600000 --config delete.retention.ms=86400000"
  fi
  # shellcheck disable=SC2086
  "$TOPICS_BIN" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1 \
    --config "cleanup.policy=$policy" --config "retention.ms=$retention" $extra
}

# topic                      partitions policy   retention.ms
create newsmon.articles.raw       6     delete   604800000
create newsmon.articles.analyzed  6     delete   2592000000
create newsmon.claims             3     delete   -1
create newsmon.alerts             3     delete   31536000000
create newsmon.articles.raw.dlq   1     delete   2592000000
create newsmon.claims.dlq         1     delete   2592000000
create newsmon.feeds              3     compact  -1
create newsmon.feeds.state        3     compact  -1
create newsmon.ingest.seen        3     compact  -1
create newsmon.subscriptions      1     compact  -1
create newsmon.deliveries         3     delete   2592000000
create newsmon.deliveries.dlq     1     delete   7776000000
create newsmon.deliveries.retry   3     delete   604800000

"$TOPICS_BIN" --bootstrap-server "$BOOTSTRAP" --list
