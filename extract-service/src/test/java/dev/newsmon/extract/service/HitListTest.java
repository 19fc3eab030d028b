package dev.newsmon.extract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.newsmon.events.Modality;
import dev.newsmon.events.watchlist.StateDef;
import dev.newsmon.events.watchlist.Vocabulary;
import dev.newsmon.events.watchlist.Watchlist;
import dev.newsmon.events.watchlist.WatchlistLoader;
import dev.newsmon.extract.service.PhraseIndex.Entry;
import dev.newsmon.extract.service.PhraseIndex.Hit;
import dev.newsmon.extract.service.PhraseIndex.Role;

/** {@link HitList}, {@link Extractor#support} and {@link Extractor#incompatible} against the plain forms they replace. */
class HitListTest {

    private static final Entry ENTRY = new Entry(Role.ALIAS, 0, -1, null, -1, null, 1);

    @Test
    void behavesAsAnArrayListOfTheSameSlice() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            Hit[] array = new Hit[random.nextInt(12)];
            for (int i = 0; i < array.length; i++) {
                array[i] = new Hit(i, i + 1 + random.nextInt(3), ENTRY);
            }
            int from = array.length == 0 ? 0 : random.nextInt(array.length + 1);
            int to = from + random.nextInt(array.length - from + 1);
            HitList list = new HitList(array, from, to);
            List<Hit> expected = new ArrayList<>(Arrays.asList(array).subList(from, to));
            assertThat(list).containsExactlyElementsOf(expected);
            assertThat(list).hasSize(expected.size()).isEqualTo(expected);
            List<Hit> iterated = new ArrayList<>();
            for (Hit hit : list) {
                iterated.add(hit);
            }
            assertThat(iterated).isEqualTo(expected);
            int a = random.nextInt(list.size() + 1);
            int b = a + random.nextInt(list.size() - a + 1);
            assertThat(list.slice(a, b)).isEqualTo(expected.subList(a, b));
        }
    }

    @Test
    void refusesWhatIsOutsideItsSlice() {
        Hit[] array = {new Hit(0, 1, ENTRY), new Hit(2, 3, ENTRY), new Hit(4, 5, ENTRY)};
        HitList list = new HitList(array, 1, 2);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.slice(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.add(array[0])).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Hit> it = list.iterator();
        assertThat(it.next()).isSameAs(array[1]);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(HitList.EMPTY).isEmpty();
    }

    @Test
    void supportIsWhatTheMapOfStateKeysGave() {
        Random random = new Random(11);
        String[] states = {"agreed", "held", "held/negated", "expired", "in-effect", "agreed/negated"};
        for (int round = 0; round < 20_000; round++) {
            List<ClaimRules.Candidate> sameDay = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
                sameDay.add(new ClaimRules.Candidate(0, 0, "status", null, states[random.nextInt(states.length)], random.nextBoolean(),
                        Modality.ASSERTED, null, null, null, random.nextInt(100), 100, "s", Math.round(random.nextDouble() * 10) / 10.0));
            }
            // the form consolidate had: Map.merge over the built keys, in the candidates' order
            Map<String, Double> support = new HashMap<>();
            for (ClaimRules.Candidate c : sameDay) {
                support.merge(c.stateKey(), c.confidence() * (c.polarityAffirmed() ? 1.0 : 0.8), (x, y) -> Math.max(x, y) + 0.1);
            }
            double[] expected = sameDay.stream().mapToDouble(c -> support.get(c.stateKey())).toArray();
            assertThat(Extractor.support(sameDay)).as(sameDay.toString()).containsExactly(expected);
        }
    }

    @Test
    void incompatibleIsWhatTheVocabularySays() {
        Watchlist watchlist = WatchlistLoader.loadDefault();
        Extractor extractor = new Extractor(watchlist);
        int pairs = 0;
        for (Vocabulary vocabulary : watchlist.vocabularies().values()) {
            List<String> states = new ArrayList<>();
            for (StateDef state : vocabulary.states()) {
                states.add(state.id());
            }
            states.add("no-such-state");
            states.add(null);
            // an equal vocabulary that is not the watchlist's own object goes to the vocabulary itself
            Vocabulary copy = new Vocabulary(vocabulary.description(), vocabulary.states(), vocabulary.incompatible(),
                    vocabulary.contradictionWindowDays());
            for (String a : states) {
                for (String b : states) {
                    boolean expected = vocabulary.incompatible(a, b);
                    assertThat(extractor.incompatible(vocabulary, a, b)).as(a + " / " + b).isEqualTo(expected);
                    assertThat(extractor.incompatible(copy, a, b)).isEqualTo(expected);
                    pairs += expected ? 1 : 0;
                }
            }
        }
        assertThat(pairs).as("incompatible pairs seen").isPositive();
    }
}
