package dev.newsmon.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a claim affirms its state or denies it ("there was no commitment on New START"). */
public enum Polarity {
    @JsonProperty("affirmed") AFFIRMED,
    @JsonProperty("negated") NEGATED
}
