package dev.newsmon.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertFormatterTest {

    @Test
    void showsTransitionSourcesDatesAndEvidence() {
        String alert = """
                {"alertId":"a1","type":"UPDATE","issue":"inf-treaty","issueName":"INF treaty","aspect":"status",
                 "summary":"INF treaty: suspended (2019-02-02, Paper B); earlier: withdrawal announced (2018-10-20, Paper A)",
                 "previous":{"source":"Paper A","state":"withdrawal-announced","polarity":"affirmed","modality":"asserted",
                   "eventDate":"2018-10-20","publishedAt":"2018-10-21T08:00:00Z","articleUrl":"https://a.example/1",
                   "evidence":{"sentence":"The president said the US would leave the treaty.","start":0,"end":10}},
                 "current":{"source":"Paper B","state":"suspended","polarity":"affirmed","modality":"asserted",
                   "attributedTo":"the State Department","eventDate":"2019-02-02","publishedAt":"2019-02-02T12:00:00Z",
                   "evidence":{"sentence":"The treaty  was\\nsuspended on Saturday.","start":5,"end":40}},
                 "corroboratingSources":["Paper C"]}
                """;

        String text = AlertFormatter.format(alert);

        assertThat(text).startsWith("UPDATE        inf-treaty (INF treaty) · status: withdrawal-announced → suspended");
        assertThat(text).contains("now      2019-02-02  Paper B, according to the State Department");
        assertThat(text).contains("\"The treaty was suspended on Saturday.\"");
        assertThat(text).contains("earlier  2018-10-20 (published 2018-10-21)  Paper A");
        assertThat(text).contains("https://a.example/1");
        assertThat(text).contains("earlier state also reported by: Paper C");
    }

    @Test
    void marksNegatedAndHedgedStatesAndSurvivesMissingParts() {
        String text = AlertFormatter.format("""
                {"type":"CONTRADICTION","issue":"summit-meeting","aspect":"next-meeting",
                 "current":{"state":"scheduled","polarity":"negated","modality":"hedged","publishedAt":"2018-07-01T00:00:00Z"}}
                """);
        assertThat(text).startsWith("CONTRADICTION summit-meeting · next-meeting: ? → scheduled (not, hedged)");
        assertThat(text).contains("now      2018-07-01  unknown source");
        assertThat(AlertFormatter.format("not json {")).startsWith("(not an alert");
    }
}
