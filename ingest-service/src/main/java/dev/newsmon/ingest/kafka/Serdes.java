package dev.newsmon.ingest.kafka;

import dev.newsmon.events.RawArticle;
import dev.newsmon.events.json.JsonSerde;
import dev.newsmon.ingest.feed.FeedDefinition;
import dev.newsmon.ingest.feed.FeedState;
import dev.newsmon.ingest.service.SeenArticle;

/**
 * Named serdes for the Kafka connector configuration, which instantiates classes by name; all of
 * them write the one shared JSON form of {@link dev.newsmon.events.json.Json}.
 */
public final class Serdes {

    private Serdes() {
    }

    public static class RawArticleSerde extends JsonSerde<RawArticle> {
        public RawArticleSerde() {
            super(RawArticle.class);
        }
    }

    public static class FeedDefinitionSerde extends JsonSerde<FeedDefinition> {
        public FeedDefinitionSerde() {
            super(FeedDefinition.class);
        }
    }

    public static class FeedStateSerde extends JsonSerde<FeedState> {
        public FeedStateSerde() {
            super(FeedState.class);
        }
    }

    public static class SeenArticleSerde extends JsonSerde<SeenArticle> {
        public SeenArticleSerde() {
            super(SeenArticle.class);
        }
    }
}
