#!/usr/bin/env python3
"""Writes deploy/grafana/dashboards/newsmon.json, the newsmon Grafana dashboard.

The dashboard is kept as code so panels stay consistent (same datasource, units, layout) and so a
metric rename is one edit here. Metric names are the ones the services register with Micrometer
(see docs/operations.md, "Metrics"); deploy/validation checks every newsmon_* name used here
against the services' source. Run: python3 deploy/grafana/generate-dashboard.py
"""
import json
import pathlib

DS = {"type": "prometheus", "uid": "${datasource}"}

panels = []
_next_id = [1]
_y = [0]


def _id():
    value = _next_id[0]
    _next_id[0] += 1
    return value


def row(title):
    panels.append({"type": "row", "title": title, "id": _id(), "collapsed": False,
                   "gridPos": {"h": 1, "w": 24, "x": 0, "y": _y[0]}, "panels": []})
    _y[0] += 1


def timeseries(title, description, targets, x, w=8, h=8, unit="short", stack=False):
    panels.append({
        "type": "timeseries", "title": title, "description": description, "id": _id(),
        "datasource": DS,
        "gridPos": {"h": h, "w": w, "x": x, "y": _y[0]},
        "fieldConfig": {"defaults": {"unit": unit, "custom": {
            "drawStyle": "line", "lineWidth": 1, "fillOpacity": 20 if stack else 0,
            "stacking": {"mode": "normal" if stack else "none"}}}, "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"]},
                    "tooltip": {"mode": "multi", "sort": "desc"}},
        "targets": [{"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
                    for i, (expr, legend) in enumerate(targets)],
    })


def stat(title, description, expr, legend, x, w=4, h=4, unit="short", thresholds=None):
    steps = thresholds or [{"color": "green", "value": None}]
    panels.append({
        "type": "stat", "title": title, "description": description, "id": _id(),
        "datasource": DS,
        "gridPos": {"h": h, "w": w, "x": x, "y": _y[0]},
        "fieldConfig": {"defaults": {"unit": unit, "thresholds": {"mode": "absolute", "steps": steps}},
                        "overrides": []},
        "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                    "colorMode": "background", "graphMode": "area", "textMode": "auto"},
        "targets": [{"refId": "A", "datasource": DS, "expr": expr, "legendFormat": legend}],
    })


def next_line(h=8):
    _y[0] += h


RED_ABOVE_ZERO = [{"color": "green", "value": None}, {"color": "red", "value": 1}]
RED_BELOW_ONE = [{"color": "red", "value": None}, {"color": "green", "value": 1}]

row("Overview")
stat("Services up", "Scrape targets of the three services that answer (1 = up).",
     'sum(up{job=~"newsmon-.*"})', "up", 0, unit="none",
     thresholds=[{"color": "red", "value": None}, {"color": "orange", "value": 1}, {"color": "green", "value": 3}])
stat("Articles in (1h)", "New and updated articles published to newsmon.articles.raw in the last hour.",
     'sum(increase(newsmon_ingest_items_total{result=~"new|updated"}[1h]))', "articles", 4)
stat("Claims (1h)", "Claims extract-service produced in the last hour.",
     "sum(increase(newsmon_extract_claims_total[1h]))", "claims", 8)
stat("Alerts (24h)", "UPDATE and CONTRADICTION alerts emitted in the last 24 hours.",
     "sum(increase(newsmon_alert_alerts_total[24h]))", "alerts", 12)
stat("Dead letters (24h)", "Records written to any newsmon dead-letter topic in the last 24 hours.",
     'sum(increase(kafka_topic_partition_current_offset{topic=~"newsmon\\\\..*\\\\.dlq"}[24h]))', "records", 16,
     thresholds=RED_ABOVE_ZERO)
stat("Failing feeds", "Feeds in the failing or disabled health state.",
     'max(newsmon_ingest_feeds{health="failing"}) + max(newsmon_ingest_feeds{health="disabled"})', "feeds", 20,
     thresholds=RED_ABOVE_ZERO)
next_line(4)

row("Pipeline")
timeseries("Articles in", "Articles seen by ingest-service per second, by result (new, updated, duplicate) and origin.",
           [("sum by (result, origin) (rate(newsmon_ingest_items_total[5m]))", "{{result}} ({{origin}})"),
            ("sum by (origin) (rate(newsmon_ingest_rejected_total[5m]))", "rejected ({{origin}})")],
           0, unit="reqps", stack=True)
timeseries("Claims", "Claims extracted per second (extract-service), articles analysed and failed, and claims "
           "judged by alert-service by verdict; rejected = sent to newsmon.claims.dlq.",
           [("sum(rate(newsmon_extract_claims_total[5m]))", "extracted"),
            ("sum(rate(newsmon_extract_articles_total[5m]))", "articles analysed"),
            ("sum(rate(newsmon_extract_failures_total[5m]))", "articles failed"),
            ("sum by (verdict) (rate(newsmon_alert_claims_processed_total[5m]))", "judged: {{verdict}}"),
            ("sum(rate(newsmon_alert_claims_rejected_total[5m]))", "rejected")], 8, unit="reqps")
timeseries("Alerts by type", "Alerts emitted per hour, by type.",
           [("sum by (type) (increase(newsmon_alert_alerts_total[1h]))", "{{type}}")], 16, stack=True)
next_line()

row("Delivery")
timeseries("Deliveries", "Delivery attempts per second by channel and outcome (delivered, failed, dead-lettered, cancelled).",
           [("sum by (channel, outcome) (rate(newsmon_alert_delivery_attempts_total[5m]))", "{{channel}} {{outcome}}")],
           0, unit="reqps")
timeseries("Delivery latency (mean)", "Mean time of one delivery attempt, by channel and outcome.",
           [("sum by (channel, outcome) (rate(newsmon_alert_delivery_latency_seconds_sum[5m])) / "
             "sum by (channel, outcome) (rate(newsmon_alert_delivery_latency_seconds_count[5m]))", "{{channel}} {{outcome}}")],
           8, unit="s")
timeseries("Dead-letter topics", "Records written per hour to each dead-letter topic (broker offsets).",
           [('sum by (topic) (increase(kafka_topic_partition_current_offset{topic=~"newsmon\\\\..*\\\\.dlq"}[1h]))',
             "{{topic}}")], 16)
next_line()

row("Latency and Kafka")
timeseries("End-to-end latency", "From ingest-service accepting the article to the alert being emitted (p50, p99).",
           [("histogram_quantile(0.5, sum by (le) (rate(newsmon_alert_end_to_end_latency_seconds_bucket[5m])))", "p50"),
            ("histogram_quantile(0.99, sum by (le) (rate(newsmon_alert_end_to_end_latency_seconds_bucket[5m])))", "p99")],
           0, unit="s")
timeseries("Consumer lag", "Records behind the end of each input topic, per newsmon consumer group.",
           [('sum by (consumergroup, topic) (kafka_consumergroup_lag{consumergroup=~"newsmon-.*"})',
             "{{consumergroup}} / {{topic}}")], 8)
timeseries("Topic throughput", "Records written per second to the public topics.",
           [('sum by (topic) (rate(kafka_topic_partition_current_offset{topic=~"newsmon\\\\.(articles\\\\.raw|articles\\\\.analyzed|claims|alerts)"}[5m]))',
             "{{topic}}")], 16, unit="reqps")
next_line()

row("Feeds")
timeseries("Feed health", "Registered feeds by health state.",
           [("max by (health) (newsmon_ingest_feeds)", "{{health}}")], 0, stack=True)
timeseries("Fetches by outcome", "Feed fetches per second by outcome (ok, not_modified, errors).",
           [("sum by (outcome) (rate(newsmon_ingest_fetches_total[5m]))", "{{outcome}}")], 8, unit="reqps")
timeseries("Fetch latency (mean)", "Mean feed fetch latency, parse included, by outcome.",
           [("sum by (outcome) (rate(newsmon_ingest_fetch_latency_seconds_sum[5m])) / sum by (outcome) (rate(newsmon_ingest_fetch_latency_seconds_count[5m]))",
             "{{outcome}}")], 16, unit="s")
next_line()

row("Services")
timeseries("HTTP API requests", "API requests per second by service and status.",
           [('sum by (job, status) (rate(http_server_requests_seconds_count{uri=~"/api.*"}[5m]))', "{{job}} {{status}}")],
           0, unit="reqps")
timeseries("Heap used", "JVM heap in use per instance.",
           [('sum by (job, instance) (jvm_memory_used_bytes{area="heap", job=~"newsmon-.*"})', "{{job}} {{instance}}")],
           8, unit="bytes")
timeseries("Publish errors", "Writes from ingest-service to Kafka that failed.",
           [("sum(increase(newsmon_ingest_publish_errors_total[5m]))", "failed writes")], 16)
next_line()

dashboard = {
    "uid": "newsmon",
    "title": "newsmon",
    "description": "newsmon pipeline: articles in, claims, alerts, deliveries, lag, feed health, latency.",
    "tags": ["newsmon"],
    "timezone": "utc",
    "schemaVersion": 39,
    "version": 1,
    "editable": False,
    "refresh": "30s",
    "time": {"from": "now-6h", "to": "now"},
    "templating": {"list": [{
        "name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus",
        "current": {"text": "Prometheus", "value": "prometheus"}, "hide": 0}]},
    "annotations": {"list": []},
    "links": [],
    "panels": panels,
}

out = pathlib.Path(__file__).resolve().parent / "dashboards" / "newsmon.json"
out.write_text(json.dumps(dashboard, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(panels)} panels)")
