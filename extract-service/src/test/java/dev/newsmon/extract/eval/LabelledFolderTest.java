package dev.newsmon.extract.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import dev.newsmon.events.Claim;
import dev.newsmon.extract.service.ClaimFixtures;
import dev.newsmon.extract.service.Extractor;

/**
 * A test class over one labelled folder: the folder is evaluated once per class (one test instance per class, so
 * the result can be an instance field), and a claim is looked up by file, issue and state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabelledFolderTest {

    private final String folder;
    private final Extractor extractor;
    protected Evaluate.Result result;

    /** The folder read with the watchlist in the source tree ({@link ClaimFixtures#SOURCE}). */
    protected LabelledFolderTest(String folder) {
        this(folder, ClaimFixtures.SOURCE);
    }

    protected LabelledFolderTest(String folder, Extractor extractor) {
        this.folder = folder;
        this.extractor = extractor;
    }

    @BeforeAll
    void evaluate() throws Exception {
        result = LabelledFolders.evaluate(folder, extractor);
    }

    protected Claim claim(String file, String issue, String state) {
        return LabelledFolders.claim(result, file, issue, state);
    }
}
