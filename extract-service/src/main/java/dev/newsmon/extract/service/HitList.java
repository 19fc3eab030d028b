package dev.newsmon.extract.service;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

import dev.newsmon.extract.service.PhraseIndex.Hit;

/**
 * An unmodifiable list of phrase hits over a slice of an array: an article's hits, or one sentence's share of them
 * without a copy. Its iterator only counts: the rules walk a sentence's hits for nearly every alias and cue they look
 * at, and {@code ArrayList}'s iterator, with its modification checks, was about 4 % of the extractor's CPU on its own.
 */
final class HitList extends AbstractList<Hit> implements RandomAccess {

    static final HitList EMPTY = new HitList(new Hit[0], 0, 0);

    private final Hit[] hits;
    private final int from;
    private final int size;

    /** The hits {@code hits[from, to)}; the array must not change afterwards. */
    HitList(Hit[] hits, int from, int to) {
        Objects.checkFromToIndex(from, to, hits.length);
        this.hits = hits;
        this.from = from;
        this.size = to - from;
    }

    /** {@code hits} itself when it is a {@code HitList}, else a copy of it as one. */
    static HitList of(java.util.List<Hit> hits) {
        return hits instanceof HitList list ? list : new HitList(hits.toArray(new Hit[0]), 0, hits.size());
    }

    @Override
    public Hit get(int index) {
        return hits[from + Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }

    /** The hits {@code [from, to)} of this list, sharing its array. */
    HitList slice(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return fromIndex == toIndex ? EMPTY : new HitList(hits, from + fromIndex, from + toIndex);
    }

    @Override
    public Iterator<Hit> iterator() {
        return new Iterator<>() {
            private int next = from;
            private final int end = from + size;

            @Override
            public boolean hasNext() {
                return next < end;
            }

            @Override
            public Hit next() {
                if (next >= end) {
                    throw new NoSuchElementException();
                }
                return hits[next++];
            }
        };
    }
}
