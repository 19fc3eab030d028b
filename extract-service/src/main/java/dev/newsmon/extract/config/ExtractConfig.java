package dev.newsmon.extract.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** extract-service settings ({@code newsmon.extract.*}). */
@ConfigMapping(prefix = "newsmon.extract")
public interface ExtractConfig {

    /** Path of a watchlist YAML file replacing the default (env {@code NEWSMON_WATCHLIST}); empty = the shipped default. */
    Optional<String> watchlist();

    /** Characters of article text analysed; longer texts are cut at a paragraph break and flagged {@code truncated}. */
    @WithDefault("100000")
    int maxChars();
}
